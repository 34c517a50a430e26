package org.studysite.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.studysite.diagnostics.UserFacingException;

/** What to tell the user when writing the site fails: the output folder, what went wrong, what to do. */
final class WriteFailure {
    private WriteFailure() {
    }

    static UserFacingException of(Path out, IOException e) {
        return new UserFacingException("cannot write the site to " + out + ": " + what(e), e);
    }

    private static String what(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + file + "; check that you may write there, or choose another --out";
        }
        if (e instanceof FileAlreadyExistsException) return file + " is in the way; move it, or choose another --out";
        if (e instanceof NoSuchFileException) {
            return file + " cannot be created; check that its folder exists and can be written, or choose another --out";
        }
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("no space left")) {
            return "the disk is full; free some space, or choose an --out on another disk";
        }
        String where = file == null ? "" : file + ": ";
        return where + (reason == null ? e.getClass().getSimpleName() : reason.strip())
                + "; check that you may write there and that the disk is not full, or choose another --out";
    }
}
