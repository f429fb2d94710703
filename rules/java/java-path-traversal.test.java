package com.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.io.FilenameUtils;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class FileController {
    private static final String UPLOAD_DIR = "/srv/uploads";
    private final Path root = Paths.get(UPLOAD_DIR);

    public byte[] download(HttpServletRequest request) throws IOException {
        // ruleid: java-path-traversal
        try (InputStream in = new FileInputStream(new File(UPLOAD_DIR, request.getParameter("name")))) {
            return in.readAllBytes();
        }
    }

    @PostMapping("/upload")
    public String upload(@RequestParam("file") MultipartFile file) throws IOException {
        // ruleid: java-path-traversal
        Path target = root.resolve(file.getOriginalFilename());
        Files.copy(file.getInputStream(), target, StandardCopyOption.REPLACE_EXISTING);
        return "ok";
    }

    @GetMapping("/reports/{name}")
    public Resource report(@PathVariable String name) {
        // ruleid: java-path-traversal
        return new FileSystemResource(UPLOAD_DIR + "/reports/" + name);
    }

    @GetMapping("/logs")
    public byte[] log(@RequestParam String file) throws IOException {
        // ruleid: java-path-traversal
        return Files.readAllBytes(Paths.get("/var/log/app", file));
    }

    public byte[] downloadSafe(HttpServletRequest request) throws IOException {
        // ok: java-path-traversal
        File f = new File(UPLOAD_DIR, FilenameUtils.getName(request.getParameter("name")));
        return Files.readAllBytes(f.toPath());
    }

    @PostMapping("/upload-safe")
    public String uploadSafe(@RequestParam("file") MultipartFile file) throws IOException {
        // ok: java-path-traversal
        Path target = root.resolve(file.getOriginalFilename()).normalize().toAbsolutePath();
        if (!target.startsWith(root.toAbsolutePath())) {
            throw new IllegalArgumentException("outside upload directory");
        }
        Files.copy(file.getInputStream(), target);
        return "ok";
    }

    @GetMapping("/config")
    public byte[] config(@RequestParam String section) throws IOException {
        // ok: java-path-traversal
        return Files.readAllBytes(Paths.get(System.getProperty("app.home"), "config.yaml"));
    }

    public byte[] indirect(HttpServletRequest request) throws IOException {
        String name = request.getParameter("name");
        // todoruleid: java-path-traversal
        return Files.readAllBytes(Paths.get(UPLOAD_DIR, name));
    }
}
