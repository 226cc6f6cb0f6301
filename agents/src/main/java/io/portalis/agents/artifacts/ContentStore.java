package io.portalis.agents.artifacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A content-addressed store on disk: {@code root/ab/cdef…} holds the bytes whose SHA-256 is
 * {@code abcdef…}. Writes go to a temporary file and are renamed into place, so a crash never
 * leaves a partial artifact under a valid address.
 */
public final class ContentStore {
    private final Path root;

    public ContentStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public ArtifactRef put(String kind, byte[] bytes) {
        String hash = sha256(bytes);
        Path target = pathOf(hash);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), hash, ".tmp");
                Files.write(tmp, bytes);
                moveIntoPlace(tmp, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store artifact in " + root, e);
        }
        return new ArtifactRef(hash, kind, bytes.length);
    }

    public Optional<byte[]> get(ArtifactRef ref) {
        Path path = pathOf(ref.sha256());
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read artifact " + ref.shortHash(), e);
        }
    }

    public boolean contains(ArtifactRef ref) {
        return Files.exists(pathOf(ref.sha256()));
    }

    public Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
