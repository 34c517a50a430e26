package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * main prints the heap limit of the JVM it was started in. And what it prints while it builds the jar:
 * one line of its own, none of Maven's (a stand-in mvn on the PATH prints what Maven does and
 * "builds" the probe jar), unless the build fails.
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

    /** A copy of the launcher in a checkout with no jar yet, and an mvn that behaves as {@code script} says. */
    private ProcessBuilder launcherBuilding(String script) throws IOException {
        Path checkout = Files.createDirectories(tmp.resolve("checkout"));
        Files.copy(Path.of("studysite"), checkout.resolve("studysite"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Files.createDirectories(checkout.resolve("src/main"));
        Files.createDirectories(checkout.resolve("templates"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/usr/bin/env bash\n" + script.replace("PROBE", probeJar().toString()));
        mvn.toFile().setExecutable(true);
        ProcessBuilder builder = new ProcessBuilder("bash", checkout.resolve("studysite").toString(), "build").redirectErrorStream(true);
        builder.environment().remove("STUDYSITE_JAR");
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        return builder;
    }

    private static String run(ProcessBuilder builder, int exitCode) throws IOException, InterruptedException {
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(exitCode, process.exitValue(), out);
        return out;
    }

    @Test
    void buildingTheJarPrintsOneLineAndNoTerminalCodes() throws Exception {
        String out = run(launcherBuilding("""
                printf '\\033[0m\\033[0m\\033[0m\\033[0m'
                echo '[INFO] Scanning for projects...'
                mkdir -p target && cp PROBE target/studysite.jar
                """), 0);
        assertFalse(out.contains("\u001b"), "no escape codes: " + out.replace("\u001b", "\\x1b"));
        String[] lines = out.strip().split("\n");
        assertEquals(2, lines.length, out);
        assertTrue(lines[0].startsWith("studysite: building ") && lines[0].endsWith(" from the sources (first run, or after they changed) ..."), lines[0]);
        assertEquals(String.valueOf(1500L << 20), lines[1], "then the program's own output");
    }

    @Test
    void aFailedBuildShowsWhatMavenSaidWithoutTerminalCodes() throws Exception {
        String out = run(launcherBuilding("""
                printf '\\033[1;31m[ERROR] COMPILATION ERROR\\033[0m\\n'
                exit 1
                """), 1);
        assertTrue(out.contains("studysite: building the jar failed; Maven said:\n[ERROR] COMPILATION ERROR"), out);
        assertFalse(out.contains("\u001b"), out);
    }
}
