package gatehouse.harness

/**
 * Reads the length of every method's bytecode from a class file (JVM spec 4.7.3: the Code
 * attribute's code_length, the number the 64 KiB per-method limit applies to).
 */
class BytecodeSize {
    static Map<String, Integer> methodCodeLengths(byte[] bytes) {
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes))
        data.readInt()
        data.readUnsignedShort()
        data.readUnsignedShort()
        String[] utf8 = readConstantPool(data)
        data.readUnsignedShort()
        data.readUnsignedShort()
        data.readUnsignedShort()
        data.skipBytes(2 * data.readUnsignedShort())
        int fields = data.readUnsignedShort()
        fields.times { skipMember(data) }
        Map<String, Integer> lengths = [:]
        int methods = data.readUnsignedShort()
        methods.times {
            data.readUnsignedShort()
            String name = utf8[data.readUnsignedShort()]
            String descriptor = utf8[data.readUnsignedShort()]
            int attributes = data.readUnsignedShort()
            attributes.times {
                String attribute = utf8[data.readUnsignedShort()]
                int length = data.readInt()
                if (attribute == 'Code') {
                    data.readUnsignedShort()
                    data.readUnsignedShort()
                    int code = data.readInt()
                    lengths[name + descriptor] = code
                    data.skipBytes(length - 8)
                } else {
                    data.skipBytes(length)
                }
            }
        }
        lengths
    }

    private static void skipMember(DataInputStream data) {
        data.skipBytes(6)
        int attributes = data.readUnsignedShort()
        attributes.times {
            data.readUnsignedShort()
            data.skipBytes(data.readInt())
        }
    }

    private static String[] readConstantPool(DataInputStream data) {
        int count = data.readUnsignedShort()
        String[] utf8 = new String[count]
        int i = 1
        while (i < count) {
            int tag = data.readUnsignedByte()
            switch (tag) {
                case 1: utf8[i] = data.readUTF(); break
                case [3, 4]: data.skipBytes(4); break
                case [5, 6]: data.skipBytes(8); i++; break
                case [7, 8, 16, 19, 20]: data.skipBytes(2); break
                case [9, 10, 11, 12, 17, 18]: data.skipBytes(4); break
                case 15: data.skipBytes(3); break
                default: throw new IllegalStateException("unknown constant pool tag ${tag}")
            }
            i++
        }
        utf8
    }
}
