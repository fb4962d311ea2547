package org.pyvm.spi;

/**
 * The core's version-neutral operations: what an opcode does once its encoding is gone. Each
 * pack's table maps every opcode of its version to one of these; the core implements each once
 * and dispatches on {@link #ordinal()}.
 *
 * <p>Rules of this vocabulary:
 * <ul>
 *   <li>Opcodes that differ only in encoding share an operation: all unconditional jumps are
 *       {@link #JUMP} (the core resolves targets to instruction indexes), BINARY_ADD and 3.11's
 *       BINARY_OP are both {@link #BINARY_OP}, 3.11's POP_JUMP_FORWARD/BACKWARD_IF_FALSE are
 *       {@link #POP_JUMP_IF_FALSE}. An operator carried in the opcode's name is the table's
 *       {@code implied:} (an {@code Operator} name such as {@code add} or {@code inplace_add}).</li>
 *   <li>3.11's specialized (quickened) forms map to the operation of the opcode they specialize.</li>
 *   <li>Where CPython kept an opcode's name but changed what it does to the stack, each meaning
 *       has its own constant; the suffix names the detail that differs (2.7's BUILD_MAP is
 *       {@link #BUILD_MAP_EMPTY}, 3.6's MAKE_FUNCTION is {@link #MAKE_FUNCTION_QUALNAME}).</li>
 *   <li>An operation that only one version has is its own constant, named as CPython names it.</li>
 * </ul>
 * "TOS" is the top of the value stack, "TOS1" the item under it. Every constant is used by at
 * least one pack's table (each pack's tests check this).
 */
public enum NeutralOp {
    // ---- encoding artefacts -------------------------------------------------------------------

    /** Does nothing. */
    NOP,
    /** 3.11 inline cache unit; the decoder skips these, so it never runs. */
    CACHE,
    /** Supplies the high bits of the next instruction's argument; folded in by the decoder, never runs. */
    EXTENDED_ARG,
    /** 2.7 STOP_CODE (0): never emitted by the compiler; ceval treats it as an unknown opcode. */
    STOP_CODE,

    // ---- value-stack shuffling ----------------------------------------------------------------

    /** Pops and discards TOS. */
    POP_TOP,
    /** Swaps TOS and TOS1 (2.7, 3.6). */
    ROT_TWO,
    /** Lifts TOS1 and TOS2 up one, moving TOS down to third (2.7, 3.6). */
    ROT_THREE,
    /** Lifts the second to fourth items up one, moving TOS down to fourth (2.7). */
    ROT_FOUR,
    /** Pushes TOS again (2.7, 3.6). */
    DUP_TOP,
    /** Pushes TOS1 and TOS again, keeping their order (3.6). */
    DUP_TOP_TWO,
    /** Pushes the top {@code arg} items again, keeping their order (2.7). */
    DUP_TOPX,
    /** 3.11: pushes the {@code arg}-th item (1 is TOS) again. */
    COPY,
    /** 3.11: swaps TOS with the {@code arg}-th item (1 is TOS). */
    SWAP,
    /** 3.11: pushes NULL, the empty "self" slot below a callable. */
    PUSH_NULL,

    // ---- operators ----------------------------------------------------------------------------

    /** Unary operator on TOS; {@code implied:} names it (positive, negative, not, invert, 2.7 convert). */
    UNARY_OP,
    /**
     * Binary operator on TOS1 and TOS: named by {@code implied:} (BINARY_ADD, INPLACE_ADD...) or,
     * for 3.11's BINARY_OP, by the argument through {@link OpcodeTable#binaryOps()}.
     */
    BINARY_OP,
    /** TOS1[TOS]. */
    BINARY_SUBSCR,
    /** TOS1[TOS] = TOS2. */
    STORE_SUBSCR,
    /** del TOS1[TOS]. */
    DELETE_SUBSCR,
    /** 2.7 SLICE+n: pushes a slice of the object below the bounds; {@code implied:} n, bit 0 = lower bound present, bit 1 = upper. */
    SLICE,
    /** 2.7 STORE_SLICE+n: assigns to a slice; {@code implied:} n as for {@link #SLICE}. */
    STORE_SLICE,
    /** 2.7 DELETE_SLICE+n: deletes a slice; {@code implied:} n as for {@link #SLICE}. */
    DELETE_SLICE,
    /** Rich comparison (and in 2.7/3.6 also in, is, exception match) named by the argument through {@link OpcodeTable#compareOps()}. */
    COMPARE_OP,
    /** 3.11: {@code is} ({@code is not} when the argument is 1). */
    IS_OP,
    /** 3.11: {@code in} ({@code not in} when the argument is 1). */
    CONTAINS_OP,

    // ---- names and variables ------------------------------------------------------------------

    /** Pushes co_consts[arg]. */
    LOAD_CONST,
    /** Pushes a name looked up in locals, then globals, then builtins. */
    LOAD_NAME,
    /** Binds a name in the frame's locals mapping. */
    STORE_NAME,
    /** Unbinds a name in the frame's locals mapping. */
    DELETE_NAME,
    /** Pushes a global (then builtin); in 3.11 ({@link ArgKind#GLOBAL_NAME}) pushes NULL first when bit 0 is set. */
    LOAD_GLOBAL,
    /** Binds a global. */
    STORE_GLOBAL,
    /** Unbinds a global. */
    DELETE_GLOBAL,
    /** Pushes a fast local (unbound is UnboundLocalError). */
    LOAD_FAST,
    /** Binds a fast local. */
    STORE_FAST,
    /** Unbinds a fast local. */
    DELETE_FAST,
    /** Pushes the cell object itself (to build a closure tuple). */
    LOAD_CLOSURE,
    /** Pushes the contents of a cell or free variable. */
    LOAD_DEREF,
    /** Stores into a cell or free variable. */
    STORE_DEREF,
    /** Empties a cell or free variable (3.6, 3.11). */
    DELETE_DEREF,
    /** In a class body: looks in the locals mapping first, then in the cell (3.6, 3.11). */
    LOAD_CLASSDEREF,
    /** 3.11: replaces the local at {@code arg} with a new cell holding its value. */
    MAKE_CELL,
    /** 3.11: copies the last {@code arg} closure cells into the free-variable slots. */
    COPY_FREE_VARS,
    /** Replaces TOS with TOS.name. */
    LOAD_ATTR,
    /** TOS.name = TOS1. */
    STORE_ATTR,
    /** del TOS.name. */
    DELETE_ATTR,
    /** 3.11: replaces TOS with the pair (method, self) when name is a plain method, else (NULL, attribute). */
    LOAD_METHOD,
    /** 2.7 class bodies: pushes the locals mapping. */
    LOAD_LOCALS,
    /** 3.6: name: TOS, into the {@code __annotations__} mapping of the scope. */
    STORE_ANNOTATION,
    /** Creates {@code __annotations__} in the locals mapping when it is missing (3.6, 3.11). */
    SETUP_ANNOTATIONS,

    // ---- building containers ------------------------------------------------------------------

    /** Pops {@code arg} items into a new tuple. */
    BUILD_TUPLE,
    /** Pops {@code arg} items into a new list. */
    BUILD_LIST,
    /** Pops {@code arg} items into a new set. */
    BUILD_SET,
    /** Pops {@code arg} key/value pairs into a new dict (3.6, 3.11). */
    BUILD_MAP,
    /** 2.7 BUILD_MAP: pushes a new empty dict; the argument is only a size hint. */
    BUILD_MAP_EMPTY,
    /** 2.7: TOS2[TOS] = TOS1, leaving the dict on the stack. */
    STORE_MAP,
    /** Pops a tuple of keys and {@code arg} values into a new dict (3.6, 3.11). */
    BUILD_CONST_KEY_MAP,
    /** Concatenates {@code arg} strings into one (3.6, 3.11). */
    BUILD_STRING,
    /** Pops 2 or 3 items (start, stop[, step]) into a slice. */
    BUILD_SLICE,
    /** 3.6: concatenates {@code arg} iterables into a tuple. */
    BUILD_TUPLE_UNPACK,
    /** 3.6: as {@link #BUILD_TUPLE_UNPACK}, for the positional arguments of a call (its TypeError names the callable). */
    BUILD_TUPLE_UNPACK_WITH_CALL,
    /** 3.6: concatenates {@code arg} iterables into a list. */
    BUILD_LIST_UNPACK,
    /** 3.6: merges {@code arg} iterables into a set. */
    BUILD_SET_UNPACK,
    /** 3.6: merges {@code arg} mappings into a dict. */
    BUILD_MAP_UNPACK,
    /** 3.6: merges {@code arg} mappings for a call's keywords; a repeated key is a TypeError. */
    BUILD_MAP_UNPACK_WITH_CALL,
    /** Appends TOS to the list {@code arg} items down (comprehensions). */
    LIST_APPEND,
    /** Adds TOS to the set {@code arg} items down. */
    SET_ADD,
    /** 3.11: TOS is the value, TOS1 the key, into the dict {@code arg} items down. */
    MAP_ADD,
    /** 2.7, 3.6 MAP_ADD: TOS is the key, TOS1 the value, into the dict {@code arg} items down. */
    MAP_ADD_KEY_ON_TOP,
    /** 3.11: extends the list {@code arg} items down with the iterable TOS. */
    LIST_EXTEND,
    /** 3.11: updates the set {@code arg} items down with the iterable TOS. */
    SET_UPDATE,
    /** 3.11: updates the dict {@code arg} items down with the mapping TOS. */
    DICT_UPDATE,
    /** 3.11: as {@link #DICT_UPDATE} for a call's keywords; a repeated key is a TypeError. */
    DICT_MERGE,
    /** 3.11: replaces the list TOS with a tuple. */
    LIST_TO_TUPLE,
    /** Unpacks TOS into exactly {@code arg} items, pushed last item first. */
    UNPACK_SEQUENCE,
    /** Unpacks TOS with a starred target: low byte = items before it, high byte = items after it (3.6, 3.11). */
    UNPACK_EX,
    /** f-strings: formats TOS (conversion and spec per {@link ArgKind#FORMAT_VALUE}) (3.6, 3.11). */
    FORMAT_VALUE,

    // ---- control flow -------------------------------------------------------------------------

    /** Unconditional jump (JUMP_FORWARD, JUMP_ABSOLUTE, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT). */
    JUMP,
    /** Pops TOS; jumps when it is false. */
    POP_JUMP_IF_FALSE,
    /** Pops TOS; jumps when it is true. */
    POP_JUMP_IF_TRUE,
    /** 3.11: pops TOS; jumps when it is None. */
    POP_JUMP_IF_NONE,
    /** 3.11: pops TOS; jumps when it is not None. */
    POP_JUMP_IF_NOT_NONE,
    /** Jumps, keeping TOS, when TOS is false; otherwise pops it. */
    JUMP_IF_FALSE_OR_POP,
    /** Jumps, keeping TOS, when TOS is true; otherwise pops it. */
    JUMP_IF_TRUE_OR_POP,
    /** Replaces TOS with iter(TOS). */
    GET_ITER,
    /** Pushes next(TOS); when the iterator is exhausted, pops it and jumps. */
    FOR_ITER,
    /** Returns TOS to the caller (through pending finally blocks on a block stack). */
    RETURN_VALUE,
    /** 3.11: marks where the frame starts or resumes (after a yield or await); the argument says which. Otherwise a no-op. */
    RESUME,

    // ---- block stack (2.7, 3.6) ---------------------------------------------------------------

    /** Pushes a loop block whose end is the jump target. */
    SETUP_LOOP,
    /** Leaves the innermost loop block (unwinding through finally blocks). */
    BREAK_LOOP,
    /** Jumps to the start of the loop from inside a try block (unwinding through finally blocks). */
    CONTINUE_LOOP,
    /**
     * Pushes an except block whose handler is the jump target. Unwinding to it pushes traceback,
     * value and type; a version with {@link LanguageFeature#EXCEPTION_CHAINING} (3.6) first pushes
     * an EXCEPT_HANDLER block and the exception being handled before, for {@link #POP_EXCEPT_BLOCK}.
     */
    SETUP_EXCEPT,
    /** Pushes a finally block whose handler is the jump target; unwinding enters it as for {@link #SETUP_EXCEPT}. */
    SETUP_FINALLY,
    /** Ends a finally or unmatched except clause: pops the why-status (or exception) and resumes the unwinding it records. */
    END_FINALLY,
    /** Pops the innermost block. */
    POP_BLOCK,
    /** 3.6 POP_EXCEPT: pops the EXCEPT_HANDLER block and restores the exception state saved under it. */
    POP_EXCEPT_BLOCK,
    /** Calls TOS.__enter__(), pushes TOS.__exit__ below, a finally block, then the result. */
    SETUP_WITH,
    /** 2.7: calls __exit__ with the pending exception (or Nones) and swallows the exception when it returns true. */
    WITH_CLEANUP,
    /** 3.6: calls __exit__ with the pending exception (or Nones) and pushes its result for {@link #WITH_CLEANUP_FINISH}. */
    WITH_CLEANUP_START,
    /** 3.6: swallows the pending exception when __exit__'s result is true. */
    WITH_CLEANUP_FINISH,

    // ---- exceptions -------------------------------------------------------------------------

    /** 3.x raise: no argument re-raises, 1 raises TOS, 2 raises TOS1 from TOS. */
    RAISE_VARARGS,
    /** 2.7 raise: no argument re-raises; else raise type [, value [, traceback]]. */
    RAISE_WITH_TRACEBACK,
    /** 3.11: pushes the exception being handled (or None) under TOS and makes TOS the one being handled. */
    PUSH_EXC_INFO,
    /** 3.11: pops the exception saved by {@link #PUSH_EXC_INFO} and makes it the one being handled again. */
    POP_EXCEPT,
    /** 3.11: replaces TOS (a type) with whether TOS1 (an exception) matches it. */
    CHECK_EXC_MATCH,
    /** 3.11 except*: splits the exception group TOS1 by the type TOS into (rest, match). */
    CHECK_EG_MATCH,
    /** 3.11 except*: combines the original group and the raised ones into what to re-raise. */
    PREP_RERAISE_STAR,
    /** 3.11: re-raises TOS; with a non-zero argument, first restores the frame's last instruction from the item that many below. */
    RERAISE,
    /** 3.11: pushes AssertionError. */
    LOAD_ASSERTION_ERROR,
    /** 3.11: calls the __exit__ four items down with the exception TOS and pushes the result. */
    WITH_EXCEPT_START,
    /** 3.11: replaces TOS with its __exit__ and pushes the result of its __enter__(). */
    BEFORE_WITH,

    // ---- functions and calls ------------------------------------------------------------------

    /** 3.11: makes a function from the code object TOS; the argument's flag bits say which of defaults, kwdefaults, annotations, closure are below it. */
    MAKE_FUNCTION,
    /** 3.6: as {@link #MAKE_FUNCTION}, but the qualified name is TOS and the code object TOS1. */
    MAKE_FUNCTION_QUALNAME,
    /** 2.7: makes a function from the code object TOS and {@code arg} default values below it. */
    MAKE_FUNCTION_DEFAULTS,
    /** 2.7: as {@link #MAKE_FUNCTION_DEFAULTS}, with a tuple of cells for the closure between the code object and the defaults. */
    MAKE_CLOSURE,
    /** 3.6: calls the callable under {@code arg} positional arguments. */
    CALL_FUNCTION,
    /** 3.6: calls with {@code arg} arguments, the last ones named by the tuple TOS. */
    CALL_FUNCTION_KW,
    /** 3.6: calls TOS1 (or TOS2) with the tuple of arguments and, when bit 0 of the argument is set, the mapping TOS. */
    CALL_FUNCTION_EX,
    /** 3.11: as {@link #CALL_FUNCTION_EX}, then also pops the NULL under the callable. */
    CALL_FUNCTION_EX_NULL,
    /**
     * 2.7 CALL_FUNCTION: the argument is the positional count plus the count of key/value pairs
     * shifted left 8; the pairs (name, value) sit above the positional arguments.
     */
    CALL_FUNCTION_PAIRS,
    /** 2.7 CALL_FUNCTION_VAR: as {@link #CALL_FUNCTION_PAIRS}, with an *args sequence on top. */
    CALL_FUNCTION_PAIRS_VAR,
    /** 2.7 CALL_FUNCTION_KW: as {@link #CALL_FUNCTION_PAIRS}, with a **kwargs mapping on top. */
    CALL_FUNCTION_PAIRS_KW,
    /** 2.7 CALL_FUNCTION_VAR_KW: as {@link #CALL_FUNCTION_PAIRS}, with *args and then **kwargs on top. */
    CALL_FUNCTION_PAIRS_VAR_KW,
    /** 3.11: when the slot under the callable is NULL and the callable is a bound method, unpacks it into (function, self). */
    PRECALL,
    /** 3.11: calls with {@code arg} arguments; below them the callable and, below it, NULL or self (an extra first argument). */
    CALL,
    /** 3.11: the constant tuple co_consts[arg] names the keyword arguments of the next CALL. */
    KW_NAMES,
    /** 3.11: turns the frame into a generator, coroutine or async generator object and returns it. */
    RETURN_GENERATOR,

    // ---- generators and coroutines ------------------------------------------------------------

    /** Suspends the frame, yielding TOS; the value sent in replaces it. */
    YIELD_VALUE,
    /** 3.6: delegates to the iterator TOS1, sending TOS; repeats until it returns, pushing its return value. */
    YIELD_FROM,
    /** 3.11: sends TOS into the iterator TOS1; pushes what it yields, or on return replaces both with the value and jumps. */
    SEND,
    /** Replaces TOS with iter(TOS) unless it is a generator or (in a coroutine) a coroutine. */
    GET_YIELD_FROM_ITER,
    /** Replaces TOS with its awaitable iterator (3.11's argument only picks the error message). */
    GET_AWAITABLE,
    /** Replaces TOS with TOS.__aiter__() (3.6, 3.11). */
    GET_AITER,
    /** Pushes the awaitable of TOS.__anext__() (3.6, 3.11). */
    GET_ANEXT,
    /** Replaces TOS with its __aexit__ and pushes the awaitable of its __aenter__() (3.6, 3.11). */
    BEFORE_ASYNC_WITH,
    /** 3.6: pushes the finally block of async with, whose handler is the jump target. */
    SETUP_ASYNC_WITH,
    /** 3.11: ends an async for: swallows StopAsyncIteration (popping the iterator), re-raises anything else. */
    END_ASYNC_FOR,
    /** 3.11: wraps TOS so an async generator's yield is told apart from an await. */
    ASYNC_GEN_WRAP,

    // ---- pattern matching (3.11) --------------------------------------------------------------

    /** 3.11: pushes len(TOS). */
    GET_LEN,
    /** 3.11: pushes whether TOS is a mapping for pattern matching. */
    MATCH_MAPPING,
    /** 3.11: pushes whether TOS is a sequence for pattern matching. */
    MATCH_SEQUENCE,
    /** 3.11: pushes a tuple of the values of the keys TOS in the mapping TOS1, or None. */
    MATCH_KEYS,
    /** 3.11: matches TOS2 against the class TOS1 with {@code arg} positional and the keyword names TOS; pushes the attributes or None. */
    MATCH_CLASS,

    // ---- classes, modules, printing -----------------------------------------------------------

    /** Pushes builtins.__build_class__ (3.6, 3.11). */
    LOAD_BUILD_CLASS,
    /** 2.7: makes a class from the methods dict TOS, the bases tuple TOS1 and the name TOS2. */
    BUILD_CLASS,
    /** Imports the module named co_names[arg], with fromlist TOS and level TOS1. */
    IMPORT_NAME,
    /** Pushes the attribute co_names[arg] of the module TOS (falling back to a submodule import). */
    IMPORT_FROM,
    /** from TOS import *, into the locals mapping. */
    IMPORT_STAR,
    /** Interactive mode: prints TOS through sys.displayhook. */
    PRINT_EXPR,
    /** 2.7 print statement: prints TOS to sys.stdout, with softspace. */
    PRINT_ITEM,
    /** 2.7 print >>f: prints TOS1 to the file TOS, with softspace. */
    PRINT_ITEM_TO,
    /** 2.7 print statement: ends the line on sys.stdout. */
    PRINT_NEWLINE,
    /** 2.7 print >>f: ends the line on the file TOS. */
    PRINT_NEWLINE_TO,
    /** 2.7 exec statement: exec TOS2 in the globals TOS1 and locals TOS. */
    EXEC_STMT
}
