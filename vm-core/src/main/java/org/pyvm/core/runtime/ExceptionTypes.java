package org.pyvm.core.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/** The builtin exception classes of one language level, with that version's hierarchy. */
final class ExceptionTypes {
    /** child:parent, parents first. Shared by every version unless listed in a version's own table. */
    private static final String[] COMMON = {
        "BaseException:", "SystemExit:BaseException", "KeyboardInterrupt:BaseException", "GeneratorExit:BaseException",
        "Exception:BaseException",
    };
    private static final String[] PY2 = {
        "StopIteration:Exception", "StandardError:Exception", "ArithmeticError:StandardError",
        "FloatingPointError:ArithmeticError", "OverflowError:ArithmeticError", "ZeroDivisionError:ArithmeticError",
        "AssertionError:StandardError", "AttributeError:StandardError", "BufferError:StandardError",
        "EnvironmentError:StandardError", "IOError:EnvironmentError", "OSError:EnvironmentError",
        "EOFError:StandardError", "ImportError:StandardError", "LookupError:StandardError", "IndexError:LookupError",
        "KeyError:LookupError", "MemoryError:StandardError", "NameError:StandardError", "UnboundLocalError:NameError",
        "ReferenceError:StandardError", "RuntimeError:StandardError", "NotImplementedError:RuntimeError",
        "SyntaxError:StandardError", "IndentationError:SyntaxError", "TabError:IndentationError",
        "SystemError:StandardError", "TypeError:StandardError", "ValueError:StandardError", "UnicodeError:ValueError",
        "UnicodeDecodeError:UnicodeError", "UnicodeEncodeError:UnicodeError", "UnicodeTranslateError:UnicodeError",
        "Warning:Exception", "UserWarning:Warning", "DeprecationWarning:Warning", "PendingDeprecationWarning:Warning",
        "SyntaxWarning:Warning", "RuntimeWarning:Warning", "FutureWarning:Warning", "ImportWarning:Warning",
        "UnicodeWarning:Warning", "BytesWarning:Warning",
    };
    private static final String[] PY3 = {
        "StopIteration:Exception", "StopAsyncIteration:Exception", "ArithmeticError:Exception",
        "FloatingPointError:ArithmeticError", "OverflowError:ArithmeticError", "ZeroDivisionError:ArithmeticError",
        "AssertionError:Exception", "AttributeError:Exception", "BufferError:Exception", "EOFError:Exception",
        "ImportError:Exception", "ModuleNotFoundError:ImportError", "LookupError:Exception", "IndexError:LookupError",
        "KeyError:LookupError", "MemoryError:Exception", "NameError:Exception", "UnboundLocalError:NameError",
        "OSError:Exception", "BlockingIOError:OSError", "ChildProcessError:OSError", "ConnectionError:OSError",
        "BrokenPipeError:ConnectionError", "ConnectionAbortedError:ConnectionError",
        "ConnectionRefusedError:ConnectionError", "ConnectionResetError:ConnectionError", "FileExistsError:OSError",
        "FileNotFoundError:OSError", "InterruptedError:OSError", "IsADirectoryError:OSError",
        "NotADirectoryError:OSError", "PermissionError:OSError", "ProcessLookupError:OSError", "TimeoutError:OSError",
        "ReferenceError:Exception", "RuntimeError:Exception", "NotImplementedError:RuntimeError",
        "RecursionError:RuntimeError", "SyntaxError:Exception", "IndentationError:SyntaxError",
        "TabError:IndentationError", "SystemError:Exception", "TypeError:Exception", "ValueError:Exception",
        "UnicodeError:ValueError", "UnicodeDecodeError:UnicodeError", "UnicodeEncodeError:UnicodeError",
        "UnicodeTranslateError:UnicodeError", "Warning:Exception", "UserWarning:Warning",
        "DeprecationWarning:Warning", "PendingDeprecationWarning:Warning", "SyntaxWarning:Warning",
        "RuntimeWarning:Warning", "FutureWarning:Warning", "ImportWarning:Warning", "UnicodeWarning:Warning",
        "BytesWarning:Warning", "ResourceWarning:Warning",
    };

    private ExceptionTypes() {
    }

    /** name to class, for every builtin exception of the level; 3.x also has the 2.7 aliases IOError and EnvironmentError. */
    static Map<String, PyType> create(Language lang, PyType object) {
        Map<String, PyType> types = new LinkedHashMap<>();
        boolean py2 = lang.has(LanguageFeature.STR_IS_BYTES);
        for (String[] table : new String[][] {COMMON, py2 ? PY2 : PY3}) {
            for (String entry : table) {
                int colon = entry.indexOf(':');
                // interned: PyError names its type with a literal, so the lookup of every raise finds it by identity
                String name = entry.substring(0, colon).intern();
                String parent = entry.substring(colon + 1);
                PyType base = parent.isEmpty() ? object : types.get(parent);
                PyType t = PyType.builtin(name, null, base);
                if (py2) {
                    // 2.x builtin exceptions live in the module "exceptions": <type 'exceptions.KeyError'>
                    t.dict.put("__module__", org.pyvm.core.objects.PyBytes.of("exceptions".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
                }
                types.put(name, t);
            }
        }
        if (lang.has(LanguageFeature.EXCEPTION_GROUPS)) {
            PyType base = PyType.builtin("BaseExceptionGroup", null, types.get("BaseException"));
            types.put("BaseExceptionGroup", base);
            types.put("ExceptionGroup", PyType.builtin("ExceptionGroup", null, base, types.get("Exception")));
        }
        if (!py2 && lang.minor() >= 10) {
            types.put("EncodingWarning", PyType.builtin("EncodingWarning", null, types.get("Warning"))); // PEP 597
        }
        if (!py2) {
            types.put("IOError", types.get("OSError"));
            types.put("EnvironmentError", types.get("OSError"));
        }
        return types;
    }
}
