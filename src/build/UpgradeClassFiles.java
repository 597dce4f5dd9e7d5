import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step (run by Maven after the shade plugin, as a single-file Java program with ASM on the
 * class path): rewrites, inside a jar, the classes under a package prefix whose class-file version
 * is older than Java 6 (50) as Java 8 class files (52) with stack map frames computed by ASM. The
 * code is unchanged.
 *
 * <p>Why: picocli ships Java 5 class files. The JVM verifies those with the old type-inferring
 * verifier on every run, and neither an AppCDS archive nor JDK 25's AOT cache can hold them
 * ("Unlinked class not supported by AOTClassLinking"), so a cold {@code mxbot check} parsed and
 * verified about 180 picocli classes each time. Rewritten, they are verified by the type-checking
 * verifier and the launcher's archive or cache holds them like every other class.
 *
 * <p>Usage: {@code java -cp asm.jar src/build/UpgradeClassFiles.java JAR PREFIX}, e.g. {@code
 * target/mxbot.jar picocli/}. The jar is rewritten under a temporary name and moved into place.
 */
public final class UpgradeClassFiles {

  private static final int JAVA_6 = 50;

  private UpgradeClassFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: UpgradeClassFiles JAR PREFIX");
    }
    Path jar = Path.of(args[0]);
    String prefix = args[1];
    Path tmp = jar.resolveSibling(jar.getFileName() + ".upgrading");
    java.util.List<String> upgradedNames = new java.util.ArrayList<>();
    try (URLClassLoader loader =
            new URLClassLoader(
                new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        ZipFile in = new ZipFile(jar.toFile());
        OutputStream file = Files.newOutputStream(tmp);
        ZipOutputStream out = new ZipOutputStream(file)) {
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes;
        try (InputStream stream = in.getInputStream(entry)) {
          bytes = stream.readAllBytes();
        }
        String name = entry.getName();
        if (name.startsWith(prefix) && name.endsWith(".class") && major(bytes) < JAVA_6) {
          bytes = upgrade(bytes, loader);
          upgradedNames.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    verify(jar, upgradedNames);
    System.out.println(
        "UpgradeClassFiles: "
            + upgradedNames.size()
            + " class files under "
            + prefix
            + " now Java 8, each loaded and verified");
  }

  /**
   * Loads and initialises every rewritten class from the rewritten jar, so the JVM's verifier checks
   * every method of each now, at build time, rather than the first run that happens to load it: a
   * frame ASM got wrong fails the build with the class's name. A class whose verification needs an
   * optional dependency absent from the jar is not one mxbot can load either; it is counted apart.
   */
  private static void verify(Path jar, java.util.List<String> names) throws IOException {
    int optional = 0;
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      for (String name : names) {
        try {
          Class.forName(name, true, loader);
        } catch (VerifyError | ClassFormatError e) {
          throw new IllegalStateException("rewritten class does not verify: " + name, e);
        } catch (ClassNotFoundException | LinkageError e) {
          optional++;
        }
      }
    }
    if (optional > 0) {
      System.out.println(
          "UpgradeClassFiles: " + optional + " rewritten classes need an absent optional class");
    }
  }

  private static int major(byte[] classFile) {
    return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
  }

  /** The same class as a Java 8 class file, its frames computed (old ones, if any, dropped). */
  private static byte[] upgrade(byte[] classFile, ClassLoader loader) {
    ClassWriter writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
          @Override
          protected ClassLoader getClassLoader() {
            return loader;
          }
        };
    ClassVisitor toJava8 =
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int version,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
          }
        };
    new ClassReader(classFile).accept(toJava8, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
