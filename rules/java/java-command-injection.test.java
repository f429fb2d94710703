package com.example.tools;

import java.io.IOException;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

public class ImageTools {

    public Process thumbnail(HttpServletRequest request) throws IOException {
        String file = request.getParameter("file");
        // ruleid: java-command-injection
        return Runtime.getRuntime().exec("convert " + file + " -resize 64x64 thumb.png");
    }

    public Process ping(String host) throws IOException {
        // ruleid: java-command-injection
        return new ProcessBuilder("sh", "-c", "ping -c 1 " + host).start();
    }

    public Process archive(String dir) throws IOException {
        // ruleid: java-command-injection
        return Runtime.getRuntime().exec(new String[] {"/bin/bash", "-c", "tar czf backup.tgz " + dir});
    }

    public Process run(String commandLine) throws IOException {
        // ruleid: java-command-injection
        return Runtime.getRuntime().exec(commandLine);
    }

    public Process thumbnailSafe(String file) throws IOException {
        // ok: java-command-injection
        return new ProcessBuilder(List.of("convert", "--", file, "-resize", "64x64", "thumb.png")).start();
    }

    public Process uptime() throws IOException {
        // ok: java-command-injection
        return Runtime.getRuntime().exec("uptime");
    }

    public Process listing(String dir) throws IOException {
        // ok: java-command-injection
        return Runtime.getRuntime().exec(new String[] {"ls", "-l", dir});
    }

    public Process cleanup() throws IOException {
        // ok: java-command-injection
        return new ProcessBuilder("sh", "-c", "rm -rf /tmp/cache/*").start();
    }
}
