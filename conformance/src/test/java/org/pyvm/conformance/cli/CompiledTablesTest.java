package org.pyvm.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyvm.spi.OpcodeTable;
import org.pyvm.spi.TableCompiler;

/** The build's compiled copy of each pack's table (what pyvm reads at start-up) says what the YAML says. */
class CompiledTablesTest {
    @ParameterizedTest
    @ValueSource(strings = {"org/pyvm/pack/py27/cpython27.yaml", "org/pyvm/pack/py36/cpython36.yaml", "org/pyvm/pack/py311/cpython311.yaml"})
    void theCompiledTableEqualsTheYaml(String resource) throws IOException {
        ClassLoader loader = CompiledTablesTest.class.getClassLoader();
        try (InputStream yaml = loader.getResourceAsStream(resource);
             InputStream compiled = loader.getResourceAsStream(resource + TableCompiler.SUFFIX)) {
            assertNotNull(yaml, resource);
            assertNotNull(compiled, resource + TableCompiler.SUFFIX + " was not built");
            // the records name their stack effects by formula: equal text is an equal table
            assertEquals(OpcodeTable.read(yaml).toString(), OpcodeTable.readCompiled(compiled).toString(), resource);
        }
    }
}
