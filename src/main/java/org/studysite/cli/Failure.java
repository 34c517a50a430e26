package org.studysite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.studysite.diagnostics.TerminalText;
import org.studysite.diagnostics.UserFacingException;

/**
 * A failure (any {@link Throwable} that ends a command) told in one line: what happened and what to
 * do, e.g. {@code studysite: error: out of memory (max heap 256 MiB); try more memory: java -Xmx512m
 * -jar target/studysite.jar build}. The stack trace follows only with {@code --debug}.
 */
final class Failure {
    /** The exit code of every failure that is not bad usage (picocli's 2). */
    static final int EXIT_CODE = 1;
    /** Set by the {@code ./studysite} launcher, which passes {@code $STUDYSITE_JAVA_OPTS} to java. */
    static final String LAUNCHER_PROPERTY = "studysite.launcher";
    private static final int MAX_MESSAGE = 300;
    private static final Pattern PLAIN_ARG = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
    private static final long MIB = 1024 * 1024;

    private Failure() {
    }

    /** Prints the one line (and with {@code debug} the stack trace) to {@code err}; returns the exit code. */
    static int report(Throwable failure, List<String> args, boolean debug, PrintWriter err) {
        String line;
        try {
            line = line(failure, args, Runtime.getRuntime().maxMemory());
        } catch (RuntimeException telling) { // telling must not fail in turn, or a stack trace would leak
            line = "studysite: error: " + failure.getClass().getName() + "; this looks like a bug in studysite: run again with --debug and report the stack trace";
        }
        err.println(TerminalText.visible(line));
        if (debug) failure.printStackTrace(err);
        err.flush();
        return EXIT_CODE;
    }

    /** {@code studysite: error: <what happened>; <what to do>} for a failure of a run with {@code args}. */
    static String line(Throwable failure, List<String> args, long maxHeapBytes) {
        List<Throwable> chain = causes(failure);
        for (Throwable t : chain) {
            if (t instanceof OutOfMemoryError) return outOfMemory(args, maxHeapBytes);
        }
        for (Throwable t : chain) {
            if (t instanceof StackOverflowError) {
                return "studysite: error: stack overflow (a note nested very deeply?); try a bigger thread stack: "
                        + rerun("-Xss64m", args) + ", or run with --debug to see where";
            }
        }
        for (Throwable t : chain) {
            if (t instanceof UserFacingException told) return "studysite: error: " + oneLine(told.getMessage());
        }
        for (Throwable t : chain) {
            if (t instanceof java.net.BindException bind) {
                return "studysite: error: cannot listen there (" + oneLine(bind.getMessage())
                        + "); is another server on that port? choose another with --port N, or --port 0 for a free one";
            }
            if (t instanceof IOException io) return "studysite: error: " + io(io);
        }
        Throwable root = chain.get(chain.size() - 1);
        Throwable told = chain.stream().filter(t -> t.getMessage() != null && !isWrapper(t)).findFirst().orElse(root);
        return "studysite: error: " + describe(told)
                + "; this looks like a bug in studysite: run again with --debug and report the stack trace";
    }

    /** The throwable and its causes, outermost first (each once, even in a cycle). */
    static List<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) chain.add(t);
        return chain;
    }

    private static String outOfMemory(List<String> args, long maxHeapBytes) {
        if (maxHeapBytes <= 0 || maxHeapBytes == Long.MAX_VALUE) {
            return "studysite: error: out of memory; try a bigger heap: " + rerun("-Xmx4g", args);
        }
        long mib = Math.max(1, maxHeapBytes / MIB);
        return "studysite: error: out of memory (max heap " + mib + " MiB); try more memory: "
                + rerun("-Xmx" + (2 * mib) + "m", args);
    }

    /** How to run the same command again with one more JVM option, as the user launched it. */
    static String rerun(String jvmOption, List<String> args) {
        String command = String.join(" ", args.stream().map(Failure::quote).toList());
        String rest = command.isEmpty() ? "" : " " + command;
        if (System.getProperty(LAUNCHER_PROPERTY) != null) {
            return "STUDYSITE_JAVA_OPTS=" + jvmOption + " ./studysite" + rest;
        }
        return "java " + jvmOption + " -jar " + jar() + rest;
    }

    /** How to run studysite with {@code args}, as the user launched it: {@code ./studysite build}, or with java -jar. */
    static String command(List<String> args) {
        String rest = args.isEmpty() ? "" : " " + String.join(" ", args.stream().map(Failure::quote).toList());
        return (System.getProperty(LAUNCHER_PROPERTY) != null ? "./studysite" : "java -jar " + jar()) + rest;
    }

    /** The jar this runs from (relative to the working folder when inside it), or the one Maven builds. */
    private static String jar() {
        try {
            Path jar = Path.of(Failure.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.getFileName().toString().endsWith(".jar")) {
                Path here = Path.of("").toAbsolutePath();
                return jar.startsWith(here) ? here.relativize(jar).toString() : jar.toString();
            }
        } catch (RuntimeException | java.net.URISyntaxException e) {
            // no code source (an unusual class loader): name the usual jar
        }
        return "target/studysite.jar";
    }

    private static String io(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + file(denied) + "; check that you may read and write it (and its folder)";
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder: " + file(missing)
                    + "; check the path (was it moved or deleted while studysite ran?)";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return file(exists) + " is in the way (a file where a folder is needed?); move it, or choose another --out";
        }
        if (e instanceof NotDirectoryException notFolder) {
            return file(notFolder) + " is not a folder; check the --notes and --out paths";
        }
        FileSystemException fs = e instanceof FileSystemException f ? f : null;
        String reason = fs != null ? fs.getReason() : oneLine(e.getMessage());
        String where = fs != null && fs.getFile() != null ? file(fs) : null;
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("no space left")) {
            return "disk full" + (where == null ? "" : " writing " + where) + "; free some disk space, or build with --out on another disk";
        }
        String what = reason != null ? reason : e.getClass().getSimpleName();
        return "cannot read or write " + (where == null ? "a file" : where) + " (" + what + ")"
                + "; check the file's permissions and that the disk is not full";
    }

    private static String file(FileSystemException e) {
        String file = e.getFile();
        if (e.getOtherFile() != null) file += " -> " + e.getOtherFile();
        return file == null ? "(unknown file)" : file;
    }

    private static String describe(Throwable t) {
        String message = oneLine(t.getMessage());
        String kind = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName() : t.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message;
    }

    /** Wrappers whose message is just their cause's toString (ExecutionException, RuntimeException(cause) ...). */
    private static boolean isWrapper(Throwable t) {
        return t.getCause() != null && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString())
                || t instanceof picocli.CommandLine.ExecutionException);
    }

    /** The message on one line, shortened: an exception message may span lines (a template error does). */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) return null;
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static String quote(String arg) {
        return PLAIN_ARG.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    /** Whether the arguments ask for {@code --debug}, for failures before or outside picocli's parsing. */
    static boolean debug(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) return false;
            if (arg.equals("--debug")) return true;
        }
        return false;
    }
}
