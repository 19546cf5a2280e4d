package io.github.hipercam.imagej.guard;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The two facts of a class file the jar test needs: its major version and the strings of its constant pool. */
final class ClassFiles {

    private ClassFiles() {
    }

    /**
     * @param bytes a class file
     * @return its major version (52 = Java 8, 61 = Java 17)
     */
    static int major(byte[] bytes) {
        if (bytes.length < 8 || (bytes[0] & 0xff) != 0xCA || (bytes[1] & 0xff) != 0xFE) {
            throw new IllegalArgumentException("not a class file");
        }
        return (bytes[6] & 0xff) << 8 | bytes[7] & 0xff;
    }

    /**
     * @param bytes a class file
     * @return the UTF-8 entries of its constant pool: every class, descriptor and signature it names
     * @throws IOException if the constant pool is cut short
     */
    static List<String> utf8Constants(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        in.skipBytes(8);
        int count = in.readUnsignedShort();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> out.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("constant pool tag " + tag + " at entry " + i);
            }
        }
        return out;
    }
}
