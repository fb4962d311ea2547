package org.pyvm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledTreeTest {
    private static Object yaml(String text) throws IOException {
        return YamlTree.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Object roundTrip(Object tree) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledTree.write(tree, out);
        return CompiledTree.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void readsBackWhatYamlReadIncludingNullsNestingOrderAndNonAscii() throws IOException {
        Object tree = yaml("b: 1\na: [x, ~, {k: 'é \uD83D\uDE00', z: []}]\nc: {}\nd: ''\n");
        Object back = roundTrip(tree);
        assertEquals(tree, back);
        assertEquals(List.of("b", "a", "c", "d"), new ArrayList<>(((java.util.Map<?, ?>) back).keySet()), "file order kept");
    }

    @Test
    void refusesBytesThatAreNotACompiledTree() {
        assertThrows(IOException.class, () -> CompiledTree.read(new ByteArrayInputStream("opcodes: []".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theCompilerFailsTheBuildOnABrokenTableNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "pack: x\nopcodes: 3\n");
        IOException e = assertThrows(IOException.class, () -> TableCompiler.main(new String[] {dir.toString()}));
        assertTrue(e.getMessage().contains("broken.yaml"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("broken.yaml" + TableCompiler.SUFFIX)), "nothing written for a broken table");
    }
}
