import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.lang.constant.ClassDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step (run by the JDK's source launcher from app/pom.xml and jlink/pom.xml): rewrites the
 * Java 5 class files of the jars in a folder as Java 8 class files with stack maps, so that the
 * JDK 25 AOT cache can hold them.
 *
 * <p>Why: HotSpot stores no class of a class-file version below 50 in a CDS archive or AOT cache
 * ("Skipping ...: Old class has been linked", {@code SystemDictionaryShared::check_for_exclusion_impl}
 * and {@code InstanceKlass::can_be_verified_at_dumptime}): such classes need the old type-inferencing
 * verifier, whose results the archive cannot record. picocli 4.7.7 is compiled for Java 5, so every
 * command loaded and verified its ~180 classes from the jar at every start (about 0.1 s of CPU a
 * command, docs/benchmarks.md). The JDK's own class-file API ({@code java.lang.classfile}, JEP 484)
 * re-emits each method body instruction for instruction and generates the StackMapTable (JVMS
 * 4.10.1) that version 50 and later verify with; constants, debug tables, annotations and every
 * other jar entry stay as they were.
 *
 * <p>Usage: {@code java UpgradeClassFiles.java DIR}. A jar without old class files is left
 * untouched (so a second run changes nothing); an upgraded jar replaces the old one atomically.
 * A class the API cannot give stack maps (the {@code jsr}/{@code ret} subroutines of pre-Java-6
 * compilers) leaves its jar as it was, with a warning: it then starts as before, only slower.
 */
public final class UpgradeClassFiles {
    /** Java 8: the first version whose classes need stack maps and never fall back (JVMS 4.10). */
    static final int TARGET_MAJOR = 52;
    /** Below this, HotSpot keeps a class out of the AOT cache. */
    static final int FIRST_VERIFIED_BY_TYPE_CHECKING = 50;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java UpgradeClassFiles.java DIR");
            System.exit(2);
        }
        List<Path> jars;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            jars = s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        List<ZipFile> classPath = new ArrayList<>();
        try {
            for (Path jar : jars) {
                classPath.add(new ZipFile(jar.toFile()));
            }
            upgradeAll(jars, resolver(classPath));
        } finally {
            for (ZipFile z : classPath) {
                z.close();
            }
        }
    }

    private static void upgradeAll(List<Path> jars, ClassHierarchyResolver resolver) throws IOException {
        for (Path jar : jars) {
            try {
                int n = upgrade(jar, resolver);
                if (n > 0) {
                    System.out.println("[upgrade-class-files] " + jar.getFileName() + ": " + n
                            + " Java 5 class files rewritten as version " + TARGET_MAJOR + " with stack maps");
                }
            } catch (IllegalArgumentException e) {
                System.out.println("[upgrade-class-files] WARNING: " + jar.getFileName() + " left as it is: " + e.getMessage());
            }
        }
    }

    /** Rewrites {@code jar} in place when it holds old class files; returns how many it rewrote. */
    static int upgrade(Path jar, ClassHierarchyResolver resolver) throws IOException {
        Map<ZipEntry, byte[]> entries = new LinkedHashMap<>();
        int upgraded = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ClassFile cf = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(resolver));
            for (ZipEntry e : zip.stream().toList()) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                if (isClass(e) && majorVersion(bytes) < FIRST_VERIFIED_BY_TYPE_CHECKING) {
                    bytes = upgrade(cf, cf.parse(bytes));
                    upgraded++;
                }
                entries.put(e, bytes);
            }
        }
        if (upgraded > 0) {
            replace(jar, entries);
        }
        return upgraded;
    }

    private static byte[] upgrade(ClassFile cf, ClassModel model) {
        // Rebuilding each method body (ACCEPT_ALL) is what makes the API compute its stack maps.
        ClassTransform version = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(TARGET_MAJOR, 0);
            } else {
                builder.with(element);
            }
        };
        return cf.transformClass(model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL).andThen(version));
    }

    private static boolean isClass(ZipEntry e) {
        // module-info (under META-INF/versions/9) is already a Java 9 class file.
        return !e.isDirectory() && e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/");
    }

    static int majorVersion(byte[] classFile) {
        return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
    }

    /** Stack maps name the common supertype where branches meet: the JDK's classes, then the jars'. */
    private static ClassHierarchyResolver resolver(List<ZipFile> zips) {
        return ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing((ClassDesc desc) -> {
            String name = desc.descriptorString();
            String entry = name.substring(1, name.length() - 1) + ".class";
            for (ZipFile z : zips) {
                ZipEntry e = z.getEntry(entry);
                if (e != null) {
                    try {
                        return z.getInputStream(e);
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                }
            }
            return null;
        }));
    }

    /** Writes the new jar beside the old one and moves it over it: a failed build leaves the old jar. */
    private static void replace(Path jar, Map<ZipEntry, byte[]> entries) throws IOException {
        Path tmp = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(buffer)) {
                for (Map.Entry<ZipEntry, byte[]> e : entries.entrySet()) {
                    ZipEntry copy = new ZipEntry(e.getKey().getName());
                    copy.setTime(e.getKey().getTime());
                    out.putNextEntry(copy);
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
            Files.write(tmp, buffer.toByteArray());
            // createTempFile makes an owner-only file; the jar keeps the mode it had.
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(jar));
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private UpgradeClassFiles() {
    }
}
