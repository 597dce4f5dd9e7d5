import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Build step (run by Maven after the shade plugin, as a single-file Java program with ASM on the
 * class path): rewrites two of dnsjava's classes inside mxbot's jar so that a cold {@code check}
 * does not pay for what it does not use (see {@code dev.mxbot.dnsjavapatch}). Nothing else in
 * dnsjava changes:
 *
 * <ul>
 *   <li>{@code Utils.secureRandom()}: its default, {@code new SecureRandom()}, becomes {@code
 *       KernelRandom.create()} (the kernel's random device read directly); an algorithm named in
 *       {@code dnsjava.secure_random_algorithm} is still honoured as before.
 *   <li>{@code Record}: its static initialiser no longer makes the three-digit {@code
 *       DecimalFormat} (the field stays, null); the two methods that read it take {@code
 *       ByteFormat.get()} instead.
 * </ul>
 *
 * <p>Each rewrite must find exactly the instructions it expects, else the build fails naming the
 * class: a dnsjava upgrade that changes them is reviewed, never patched blindly. The rewritten
 * jar's classes are then loaded and run (the JVM's verifier checks them): {@code
 * Utils.secureRandom()} must give a {@code KernelRandom} and {@code Record.byteArrayToString} must
 * write byte 7 as {@code \007}.
 *
 * <p>Usage: {@code java -cp asm.jar src/build/PatchDnsjava.java JAR}. The jar is rewritten under a
 * temporary name and moved into place.
 */
public final class PatchDnsjava {

  private static final String UTILS = "org/xbill/DNS/Utils";
  private static final String RECORD = "org/xbill/DNS/Record";
  private static final String KERNEL_RANDOM = "dev/mxbot/dnsjavapatch/KernelRandom";
  private static final String BYTE_FORMAT = "dev/mxbot/dnsjavapatch/ByteFormat";
  private static final String SECURE_RANDOM = "java/security/SecureRandom";
  private static final String DECIMAL_FORMAT = "java/text/DecimalFormat";

  private PatchDnsjava() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PatchDnsjava JAR");
    }
    Path jar = Path.of(args[0]);
    Map<String, BiFunction<byte[], String, byte[]>> patches = new TreeMap<>();
    patches.put(UTILS + ".class", PatchDnsjava::patchUtils);
    patches.put(RECORD + ".class", PatchDnsjava::patchRecord);
    Path tmp = jar.resolveSibling(jar.getFileName() + ".patching");
    int patched = 0;
    try (ZipFile in = new ZipFile(jar.toFile());
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
        BiFunction<byte[], String, byte[]> patch = patches.get(name);
        if (patch != null) {
          bytes = patch.apply(bytes, name);
          patched++;
        }
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    if (patched != patches.size()) {
      Files.delete(tmp);
      throw new IllegalStateException(
          "PatchDnsjava: found " + patched + " of " + patches.keySet() + " in " + jar);
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    verify(jar);
    System.out.println(
        "PatchDnsjava: dnsjava's Utils.secureRandom() now KernelRandom.create(), Record's"
            + " DecimalFormat made at first use; both loaded and checked");
  }

  /** {@code new SecureRandom()} in {@code secureRandom()} becomes {@code KernelRandom.create()}. */
  private static byte[] patchUtils(byte[] classFile, String name) {
    int[] found = new int[1];
    byte[] out =
        rewrite(
            classFile,
            (method, next) ->
                !method.equals("secureRandom()Ljava/security/SecureRandom;")
                    ? next
                    : new Construction(next, SECURE_RANDOM, found) {
                      @Override
                      void replace() {
                        super.visitMethodInsn(
                            Opcodes.INVOKESTATIC,
                            KERNEL_RANDOM,
                            "create",
                            "()Ljava/security/SecureRandom;",
                            false);
                      }
                    });
    expect(name, "new SecureRandom() in secureRandom()", found[0], 1);
    return out;
  }

  /**
   * In {@code <clinit>}, {@code byteFormat = new DecimalFormat();
   * byteFormat.setMinimumIntegerDigits(3);} becomes {@code byteFormat = null;} (the construction
   * gives null, the setter's call pops its two operands); every other method's read of {@code
   * byteFormat} becomes {@code ByteFormat.get()}.
   */
  private static byte[] patchRecord(byte[] classFile, String name) {
    int[] made = new int[1];
    int[] set = new int[1];
    int[] read = new int[1];
    byte[] out =
        rewrite(
            classFile,
            (method, next) ->
                method.startsWith("<clinit>")
                    ? new Construction(next, DECIMAL_FORMAT, made) {
                      @Override
                      void replace() {
                        super.visitInsn(Opcodes.ACONST_NULL);
                      }

                      @Override
                      public void visitMethodInsn(
                          int opcode, String owner, String mname, String desc, boolean itf) {
                        if (opcode == Opcodes.INVOKEVIRTUAL
                            && owner.equals(DECIMAL_FORMAT)
                            && mname.equals("setMinimumIntegerDigits")) {
                          set[0]++;
                          super.visitInsn(Opcodes.POP2); // the format (null) and the 3
                          return;
                        }
                        super.visitMethodInsn(opcode, owner, mname, desc, itf);
                      }
                    }
                    : new MethodVisitor(Opcodes.ASM9, next) {
                      @Override
                      public void visitFieldInsn(
                          int opcode, String owner, String field, String desc) {
                        if (opcode == Opcodes.GETSTATIC
                            && owner.equals(RECORD)
                            && field.equals("byteFormat")) {
                          read[0]++;
                          super.visitMethodInsn(
                              Opcodes.INVOKESTATIC,
                              BYTE_FORMAT,
                              "get",
                              "()Ljava/text/DecimalFormat;",
                              false);
                          return;
                        }
                        super.visitFieldInsn(opcode, owner, field, desc);
                      }
                    });
    expect(name, "new DecimalFormat() in <clinit>", made[0], 1);
    expect(name, "setMinimumIntegerDigits in <clinit>", set[0], 1);
    expect(name, "reads of byteFormat", read[0], 2);
    return out;
  }

  /**
   * A method's code with each {@code new T()} (NEW, DUP, INVOKESPECIAL {@code <init>()V}) replaced
   * by what {@link #replace()} writes, which must leave one reference on the stack; counts them in
   * {@code found[0]}.
   */
  private abstract static class Construction extends MethodVisitor {
    private final String type;
    private final int[] found;
    private boolean skipping;

    Construction(MethodVisitor next, String type, int[] found) {
      super(Opcodes.ASM9, next);
      this.type = type;
      this.found = found;
    }

    /** Writes what takes the construction's place. */
    abstract void replace();

    @Override
    public void visitTypeInsn(int opcode, String operand) {
      if (opcode == Opcodes.NEW && operand.equals(type)) {
        skipping = true; // the NEW and its DUP go; the constructor call is replaced
        return;
      }
      super.visitTypeInsn(opcode, operand);
    }

    @Override
    public void visitInsn(int opcode) {
      if (skipping && opcode == Opcodes.DUP) {
        return;
      }
      super.visitInsn(opcode);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
      if (skipping
          && opcode == Opcodes.INVOKESPECIAL
          && owner.equals(type)
          && name.equals("<init>")
          && desc.equals("()V")) {
        skipping = false;
        found[0]++;
        replace();
        return;
      }
      super.visitMethodInsn(opcode, owner, name, desc, itf);
    }
  }

  /**
   * The class with each method's code passed through {@code patch} (given the method's name and
   * descriptor, and the visitor to write to). Stack map frames are kept: no rewrite changes what is
   * on the stack at a branch target; maximum stack sizes are recomputed.
   */
  private static byte[] rewrite(
      byte[] classFile, BiFunction<String, MethodVisitor, MethodVisitor> patch) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    ClassVisitor visitor =
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public MethodVisitor visitMethod(
              int access, String name, String desc, String signature, String[] exceptions) {
            return patch.apply(
                name + desc, super.visitMethod(access, name, desc, signature, exceptions));
          }
        };
    new ClassReader(classFile).accept(visitor, 0);
    return writer.toByteArray();
  }

  private static void expect(String className, String what, int found, int expected) {
    if (found != expected) {
      throw new IllegalStateException(
          "PatchDnsjava: "
              + className
              + ": expected "
              + expected
              + " of "
              + what
              + ", found "
              + found
              + "; dnsjava changed: review src/build/PatchDnsjava.java");
    }
  }

  /**
   * Loads the rewritten classes from the rewritten jar and runs what changed: the verifier checks
   * every method of both, and the build fails when either does not behave as dnsjava did.
   */
  private static void verify(Path jar) throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> utils = Class.forName(UTILS.replace('/', '.'), true, loader);
      Method secureRandom = utils.getDeclaredMethod("secureRandom");
      secureRandom.setAccessible(true);
      Object random = secureRandom.invoke(null);
      String randomClass = random.getClass().getName();
      if (!randomClass.equals(KERNEL_RANDOM.replace('/', '.'))) {
        throw new IllegalStateException("PatchDnsjava: Utils.secureRandom() gave " + randomClass);
      }
      Class<?> record = Class.forName(RECORD.replace('/', '.'), true, loader);
      Field byteFormat = record.getDeclaredField("byteFormat");
      byteFormat.setAccessible(true);
      if (byteFormat.get(null) != null) {
        throw new IllegalStateException("PatchDnsjava: Record still makes its DecimalFormat");
      }
      Method toText = record.getDeclaredMethod("byteArrayToString", byte[].class, boolean.class);
      toText.setAccessible(true);
      Object text = toText.invoke(null, new byte[] {'a', 7, (byte) 200}, true);
      if (!"\"a\\007\\200\"".equals(text)) {
        throw new IllegalStateException("PatchDnsjava: Record.byteArrayToString gave " + text);
      }
    }
  }
}
