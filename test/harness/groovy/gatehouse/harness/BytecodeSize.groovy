package gatehouse.harness

/**
 * Reads the length of every method's bytecode from a class file (JVM spec 4.7.3: the Code
 * attribute's code_length, the number the 64 KiB per-method limit applies to).
 */
class BytecodeSize {
    static Map<String, Integer> methodCodeLengths(byte[] bytes) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))
        in.readInt()
        in.readUnsignedShort()
        in.readUnsignedShort()
        String[] utf8 = readConstantPool(in)
        in.readUnsignedShort()
        in.readUnsignedShort()
        in.readUnsignedShort()
        in.skipBytes(2 * in.readUnsignedShort())
        int fields = in.readUnsignedShort()
        fields.times { skipMember(in) }
        Map<String, Integer> lengths = [:]
        int methods = in.readUnsignedShort()
        methods.times {
            in.readUnsignedShort()
            String name = utf8[in.readUnsignedShort()]
            String descriptor = utf8[in.readUnsignedShort()]
            int attributes = in.readUnsignedShort()
            attributes.times {
                String attribute = utf8[in.readUnsignedShort()]
                int length = in.readInt()
                if (attribute == 'Code') {
                    in.readUnsignedShort()
                    in.readUnsignedShort()
                    int code = in.readInt()
                    lengths[name + descriptor] = code
                    in.skipBytes(length - 8)
                } else {
                    in.skipBytes(length)
                }
            }
        }
        lengths
    }

    private static void skipMember(DataInputStream in) {
        in.skipBytes(6)
        int attributes = in.readUnsignedShort()
        attributes.times {
            in.readUnsignedShort()
            in.skipBytes(in.readInt())
        }
    }

    private static String[] readConstantPool(DataInputStream in) {
        int count = in.readUnsignedShort()
        String[] utf8 = new String[count]
        int i = 1
        while (i < count) {
            int tag = in.readUnsignedByte()
            switch (tag) {
                case 1: utf8[i] = in.readUTF(); break
                case [3, 4]: in.skipBytes(4); break
                case [5, 6]: in.skipBytes(8); i++; break
                case [7, 8, 16, 19, 20]: in.skipBytes(2); break
                case [9, 10, 11, 12, 17, 18]: in.skipBytes(4); break
                case 15: in.skipBytes(3); break
                default: throw new IllegalStateException("unknown constant pool tag ${tag}")
            }
            i++
        }
        utf8
    }
}
