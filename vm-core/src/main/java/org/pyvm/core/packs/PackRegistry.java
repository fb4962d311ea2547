package org.pyvm.core.packs;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.spi.OpcodePack;

/**
 * The opcode packs this VM knows: those on the class path, plus those in jars of extra folders,
 * found with {@link ServiceLoader}. Picks a pack by .pyc magic number.
 */
public final class PackRegistry {

    /** Magic numbers of CPython releases, to name the version of a .pyc no pack accepts. */
    private static final Map<Integer, String> KNOWN_MAGIC = Map.ofEntries(
            Map.entry(62211, "2.7"), Map.entry(3379, "3.6"), Map.entry(3394, "3.7"), Map.entry(3413, "3.8"),
            Map.entry(3425, "3.9"), Map.entry(3439, "3.10"), Map.entry(3495, "3.11"), Map.entry(3531, "3.12"),
            Map.entry(3571, "3.13"), Map.entry(62161, "2.6"), Map.entry(62131, "2.5"), Map.entry(3310, "3.4"),
            Map.entry(3350, "3.5"), Map.entry(3351, "3.5"));

    private final List<OpcodePack> packs;

    private PackRegistry(List<OpcodePack> packs) {
        this.packs = Collections.unmodifiableList(packs);
    }

    /** The packs on the class path only. */
    public static PackRegistry discover() {
        return discover(List.of());
    }

    /**
     * The packs on the class path and in every jar (or class folder) inside {@code extraFolders}.
     *
     * @throws BadInputException when a folder is missing or a pack there cannot be loaded
     */
    public static PackRegistry discover(List<Path> extraFolders) {
        List<OpcodePack> found = new ArrayList<>();
        load(ServiceLoader.load(OpcodePack.class, PackRegistry.class.getClassLoader()), found);
        for (Path folder : extraFolders) {
            load(ServiceLoader.load(OpcodePack.class, folderLoader(folder)), found);
        }
        return new PackRegistry(found);
    }

    private static void load(ServiceLoader<OpcodePack> loader, List<OpcodePack> into) {
        try {
            for (OpcodePack pack : loader) {
                boolean duplicate = into.stream().anyMatch(p -> p.getClass().getName().equals(pack.getClass().getName()));
                if (!duplicate) {
                    into.add(pack);
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new BadInputException("cannot load an opcode pack: " + e.getMessage(), e);
        }
    }

    private static ClassLoader folderLoader(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("pack folder " + folder + " does not exist");
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (p.toString().endsWith(".jar")) {
                    urls.add(p.toUri().toURL());
                }
            }
            Path classes = folder.resolve("classes");
            if (Files.isDirectory(classes)) {
                urls.add(classes.toUri().toURL());
            }
            if (urls.isEmpty()) {
                urls.add(folder.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new BadInputException("pack folder " + folder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read pack folder " + folder + ": " + e.getMessage(), e);
        }
        return new URLClassLoader(urls.toArray(new URL[0]), PackRegistry.class.getClassLoader());
    }

    /** The CPython version ("2.7", "3.6"...) that writes {@code magic}, or null when unknown. */
    public static String versionOfMagic(int magic) {
        return KNOWN_MAGIC.get(magic);
    }

    public List<OpcodePack> packs() {
        return packs;
    }

    /**
     * The pack accepting {@code magic}.
     *
     * @throws BadInputException naming the CPython version of that magic when known, and the installed packs
     */
    public OpcodePack forMagic(int magic) {
        for (OpcodePack p : packs) {
            if (p.acceptsMagic(magic)) {
                return p;
            }
        }
        String version = KNOWN_MAGIC.get(magic);
        String installed = String.join(", ", versions());
        if (version != null) {
            throw new BadInputException("magic " + magic + " is CPython " + version + "; installed packs: " + installed);
        }
        throw new BadInputException("unknown magic number " + magic + " (not a .pyc of any known CPython); installed packs: " + installed);
    }

    /**
     * The pack that reads {@code fileName} as a program of its own format (see
     * {@link OpcodePack#acceptsProgram}), or null when none does and the file is to be read as a .pyc.
     */
    public OpcodePack forProgram(String fileName, byte[] data) {
        for (OpcodePack p : packs) {
            if (p.acceptsProgram(fileName, data)) {
                return p;
            }
        }
        return null;
    }

    /** The Python versions of the installed packs, in pack order. */
    public List<String> versions() {
        List<String> v = new ArrayList<>();
        for (OpcodePack p : packs) {
            v.add(p.table().pythonVersion());
        }
        return v;
    }

    /** Packs sorted by Python version (2.7 before 3.6 before 3.11), for listings. */
    public List<OpcodePack> sorted() {
        List<OpcodePack> list = new ArrayList<>(packs);
        list.sort(Comparator.comparing((OpcodePack p) -> versionKey(p.table().pythonVersion())).thenComparing(OpcodePack::name));
        return list;
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%05d", part.chars().allMatch(Character::isDigit) && !part.isEmpty() ? Integer.parseInt(part) : 0));
        }
        return key.toString();
    }
}
