package org.pyvm.spi;

/**
 * Semantics that differ between CPython versions outside the bytecode. A pack declares the ones
 * its version has; the core switches on these names, never on version numbers.
 */
public enum LanguageFeature {
    /** 2.x: {@code str} is a byte string, text is {@code unicode} (repr {@code u'...'}); marshal 's'/'t' are str. */
    STR_IS_BYTES,
    /** 2.x: separate {@code int} and {@code long} types; long reprs end in {@code L}. */
    INT_AND_LONG,
    /** 2.x: the print statement (PRINT_ITEM and softspace). */
    PRINT_STATEMENT,
    /** 2.x: {@code /} on ints floors (BINARY_DIVIDE without {@code from __future__ import division}). */
    CLASSIC_DIVISION,
    /** 2.x: objects of different types are ordered (None &lt; numbers &lt; other types by name). */
    MIXED_TYPE_ORDERING,
    /** 2.x: map/filter/zip/range/dict.keys return lists. */
    LIST_RETURNING_BUILTINS,
    /** 2.x: dicts iterate in hash-table order; 3.6+ dicts keep insertion order. */
    DICT_HASH_ORDER,
    /** 2.x: the classic multiplicative string hash. */
    STRING_HASH_FNV,
    /** 3.4-3.10: SipHash-2-4 string hash. */
    STRING_HASH_SIPHASH24,
    /** 3.11+: SipHash-1-3 string hash. */
    STRING_HASH_SIPHASH13,
    /** 3.x: int/float hashes reduce modulo 2**61-1. */
    NUMERIC_HASH_MODULUS,
    /** 3.8+: xxHash-based tuple hash. */
    TUPLE_HASH_XXHASH,
    /** 2.x set tables probe with perturbation only; 3.x probe up to 9 neighbours linearly first. */
    SET_PERTURB_ONLY_PROBING,
    /** 3.7+: a set table grows when 3/5 full (3.6 and 2.7: at 2/3), which changes set iteration order. */
    SET_GROWS_AT_THREE_FIFTHS,
    /** 2.7-3.6: repr of a one-argument exception keeps the tuple's comma, {@code KeyError('b',)}. */
    EXCEPTION_REPR_TUPLE_COMMA,
    /** 3.10+: argument errors name the function by its qualified name, {@code C.f() takes ...}. */
    CALL_ERRORS_USE_QUALNAME,
    /** 3.11: an uncaught exception's line names its class by {@code __qualname__}, without a {@code __main__.} prefix. */
    TRACEBACK_OMITS_MAIN_MODULE,
    /** 3.6+: a traceback prints a line repeated more than 3 times once, then "[Previous line repeated N more times]". */
    TRACEBACK_COLLAPSES_REPEATS,
    /**
     * 3.11-3.12: a traceback marks the raising instruction's columns under its source line ({@code ^}, and
     * {@code ~} around the operator of a binary operation or the brackets of a subscript), from co_positions.
     */
    TRACEBACK_POSITION_CARETS,
    /**
     * 2.7 and 3.6: an integer index into an object whose type has sequence slots but no item getter (a set,
     * a dict view, an instance of a class without __getitem__) fails with "'X' object does not support indexing".
     */
    INDEXING_UNSUPPORTED_MESSAGE,
    /**
     * 3.10+: AttributeError carries name and obj, NameError name, and an uncaught one of exactly those types
     * prints ". Did you mean: 'x'?" when a close enough name exists (Python/suggestions.c).
     */
    NAME_SUGGESTIONS,
    /** 3.8+: unpacking a non-iterable says "cannot unpack non-iterable X object" (before: "'X' object is not iterable"). */
    CANNOT_UNPACK_MESSAGE,
    /** 3.9+: builtin classes can be subscripted into generic aliases, {@code list[int]}. */
    BUILTIN_GENERIC_ALIAS,
    /** 3.11+: ExceptionGroup, except* and add_note(), with groups drawn as boxes in tracebacks. */
    EXCEPTION_GROUPS,
    /** 3.11: str() and repr() of an int of over 4300 decimal digits is a ValueError (sys.set_int_max_str_digits). */
    INT_MAX_STR_DIGITS,
    /**
     * 3.11+: the standard-library modules the interpreter starts with (os, posixpath, codecs, io, abc, stat...) are
     * frozen into it, their code's co_filename {@code <frozen NAME>}: a traceback through them shows that name and no
     * source line.
     */
    FROZEN_STARTUP_MODULES,
    /**
     * 3.9+: a call of a builtin function taking one argument (METH_O: repr, abs, hash, ascii, hex...) counts one
     * recursion level ("while calling a Python object"; cfunction_vectorcall_O, 3.11's PRECALL_NO_KW_BUILTIN_O), so a
     * __repr__ that calls repr() on the next object recurses a third less deep. Measured, 3.11: abs and hash 2 levels
     * a step, repr 3; len, next and format (specialised or METH_FASTCALL) none of their own.
     */
    BUILTIN_O_CALLS_COUNT_RECURSION,
    /**
     * 2.7-3.8: %g in exponent notation keeps the zeros of a tie rounded down to them ('%.2g' % 105.0 is '1.0e+02';
     * from 3.9 '1e+02'), as their _Py_dg_dtoa left those digits unstripped.
     */
    G_FORMAT_KEEPS_TIE_ZEROS,
    /** 3.5-3.6: {@code async for} awaits what GET_AITER leaves (an awaitable resolving to the async iterator). */
    GET_AITER_AWAITS,
    /**
     * 2.7-3.7: C code calls a Python method through PyObject_Call (call_method, a bound method's tp_call), whose
     * Py_EnterRecursiveCall counts one recursion level beside the method's frame ("while calling a Python object"):
     * measured, a slot method (len(), +, [], __getattr__, __setattr__, iter()) costs its frame and two levels, a
     * class's __init__ three (the class's call too), an instance's __call__ three, a property's getter one. From 3.8
     * such calls go by vectorcall and only calling a class or an instance counts a level (_PyObject_MakeTpCall).
     */
    TP_CALL_COUNTS_RECURSION,
    /**
     * 3.6: set.difference and difference_update leave an argument unread once the set (or the result so far) is
     * empty, as set_difference and set_difference_update_internal returned early: {@code set().difference(1)} is
     * {@code set()}. 2.7 and 3.7+ iterate the argument first ("'int' object is not iterable").
     */
    SET_DIFFERENCE_SKIPS_EMPTY,
    /** 3.x: exception chaining (__context__, __cause__). */
    EXCEPTION_CHAINING,
    /**
     * 3.x: a generator suspended inside its own except clause keeps the exception it handles: its yield gives the
     * caller back the caller's, its resume makes its own the one handled again (a bare raise, sys.exc_info(), an
     * exception's __context__). 3.6 swapped the two at each resume and yield (swap_exc_state); 2.7 dropped the
     * generator's at its yield (reset_exc_info).
     */
    GENERATOR_OWN_EXCEPTION_STATE,
    /**
     * 3.7+: the exceptions handled form a stack, a generator's own state on top of its caller's while it runs
     * (gi_exc_state): a generator handling none of its own sees the one handled where it was resumed, also once
     * its except clause ends after a resume (3.6: the one handled when the clause began).
     */
    EXCEPTION_STATE_STACK,
    /** 3.6+: a new class calls its parent's __init_subclass__ and each attribute's __set_name__(cls, name). */
    CLASS_CREATION_HOOKS,
    /** 3.11+: descriptor errors name the owner: "property 'x' of 'C' object has no setter", "'C' object has no attribute 'slot'". */
    DESCRIPTOR_ERRORS_NAME_OWNER,
    /**
     * 3.8+: a builtin type's method called on an object of another type says "descriptor 'append' for 'list'
     * objects doesn't apply to a 'int' object" (before: "requires a 'list' object but received a 'int'").
     */
    DESCRIPTOR_CHECK_SAYS_DOESNT_APPLY,
    /**
     * 3.9+: a builtin type's method called with no object says "unbound method list.append() needs an argument"
     * (before: "descriptor 'append' of 'list' object needs an argument").
     */
    UNBOUND_METHOD_NEEDS_ARGUMENT,
    /** 2.x: a function fetched from its class is an unbound method that checks its first argument's class. */
    UNBOUND_METHODS,
    /**
     * 3.9+ (bpo-28029): {@code ''.replace('', 'x', n)} with a count gives {@code 'x'}; before, an empty string
     * replaced with any count but -1 stayed empty.
     */
    EMPTY_STRING_REPLACE_WITH_COUNT,
    /**
     * 3.8+ (bpo-1617161): a bound method hashes (and compares) its object by identity; before, by the object's
     * own hash, so a method bound to a list was unhashable.
     */
    METHOD_HASHES_SELF_BY_IDENTITY,
    /** 3.11+: list.sort merges pending runs by powersort's run powers (before: the classic run-stack invariants). */
    SORT_POWERSORT_MERGES,
    /**
     * 3.7+: list.sort pre-checks its keys' types; keys all of one type have that type's own {@code __lt__} called
     * first, and the whole {@code <} protocol (so {@code __lt__} again) only if it returned NotImplemented.
     */
    SORT_SAME_TYPE_PRECHECK
}
