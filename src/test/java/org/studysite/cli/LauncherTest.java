package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./studysite launcher's heap: a fixed default (the JVM's own would be a quarter of the machine,
 * which G1 fills), which $STUDYSITE_JAVA_OPTS overrides. The launcher runs a jar ($STUDYSITE_JAR) whose
 * main prints the heap limit of the JVM it was started in.
 */
class LauncherTest {
    @TempDir
    Path tmp;

    /** The main of the probe jar. */
    public static final class PrintMaxHeap {
        public static void main(String[] args) {
            System.out.println(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("MaxHeapSize").getValue());
        }
    }

    private Path probeJar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PrintMaxHeap.class.getName());
        String entry = PrintMaxHeap.class.getName().replace('.', '/') + ".class";
        Path jar = tmp.resolve("probe.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = PrintMaxHeap.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private long maxHeap(String javaOptions) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("studysite").toAbsolutePath().toString(), "build")
                .redirectErrorStream(true);
        builder.environment().put("STUDYSITE_JAR", probeJar().toString());
        builder.environment().put("STUDYSITE_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor(60, TimeUnit.SECONDS);
        return Long.parseLong(out);
    }

    @Test
    void theLauncherCapsTheHeapUnlessTheUserSaysOtherwise() throws Exception {
        assertEquals(1500L << 20, maxHeap(""));
        assertEquals(3L << 30, maxHeap("-Xmx3g"));
    }
}
