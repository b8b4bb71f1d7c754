package letitcrash.workbook;

import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What other classes are compiled against in a class file: its flags, supertypes and
 * permitted subclasses, and its fields (with their constant values, which javac copies into
 * the code that reads them) and methods, private and synthetic ones left out. When these
 * change, a class compiled against the old ones may fail when run ({@code NoSuchMethodError},
 * {@code IncompatibleClassChangeError}) or run with an old constant: it must be compiled again.
 * A change inside a method body changes none of them.
 */
final class ClassSignatures {

    /** Anonymous and local classes ({@code Outer$1}, {@code Outer$1Local}): no other file can name them. */
    private static final Pattern UNNAMEABLE = Pattern.compile(".*\\$\\d.*");

    private ClassSignatures() {}

    /** Whether a class of this binary name can be named by another source file. */
    static boolean nameable(String className) {
        return !UNNAMEABLE.matcher(className).matches();
    }

    /** The signatures of the class file {@code bytes}, one per line, in a stable order. */
    static String of(byte[] bytes) {
        ClassModel model = ClassFile.of().parse(bytes);
        var lines = new ArrayList<String>();
        lines.add("class " + model.flags().flagsMask() + " extends "
                + model.superclass().map(ClassEntry::asInternalName).orElse("") + " implements " + names(model.interfaces()));
        model.findAttribute(Attributes.permittedSubclasses())
                .ifPresent(permits -> lines.add("permits " + names(permits.permittedSubclasses())));
        model.fields().stream().filter(field -> visible(field.flags().flags())).forEach(field -> lines.add(
                "field " + field.flags().flagsMask() + " " + field.fieldName() + " " + field.fieldType()
                        + field.findAttribute(Attributes.constantValue()).map(c -> " = " + c.constant().constantValue()).orElse("")));
        model.methods().stream().filter(method -> visible(method.flags().flags())).forEach(method -> lines.add(
                "method " + method.flags().flagsMask() + " " + method.methodName() + method.methodType()));
        return lines.stream().sorted().collect(Collectors.joining("\n"));
    }

    private static boolean visible(Set<AccessFlag> flags) {
        return !flags.contains(AccessFlag.PRIVATE) && !flags.contains(AccessFlag.SYNTHETIC);
    }

    private static String names(List<ClassEntry> classes) {
        return classes.stream().map(ClassEntry::asInternalName).collect(Collectors.joining(","));
    }
}
