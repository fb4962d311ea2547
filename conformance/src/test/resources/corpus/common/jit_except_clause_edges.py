# Edges of compiled 2.7/3.6 except clauses: an exception raised while a clause is still matching (its class
# expression fails) goes to the try statement around it; a clause left by break, continue and return from inside
# loops; a clause whose body has a try statement of its own; and a generator the try body's loop owns.
from __future__ import print_function
import sys


def matching_fails(i):
    try:
        try:
            [][i]
        except (KeyError if i else UndefinedName):
            return 'inner'
    except NameError as e:
        return 'outer NameError: %s' % (str(e).split("'")[1],)
    except IndexError:
        return 'outer IndexError'


def loops(n):
    out = []
    for i in range(n):
        for j in range(3):
            try:
                if (i + j) % 3 == 0:
                    raise ValueError(i, j)
                out.append((i, j))
            except ValueError:
                if j == 1:
                    break
                if i == 3:
                    return out + ['returned']
                continue
            finally:
                out.append('f')
    return out


def clause_with_try(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        try:
            return int('q')
        except ValueError as e:
            return 'both: %s' % (type(e).__name__,)
        finally:
            sys.stdout.write('inner finally\n')


def gen(log):
    try:
        for k in range(5):
            yield k
    finally:
        log.append('gen closed')


def owned(limit):
    log = []
    try:
        for v in gen(log):
            if v == limit:
                raise KeyError(v)
            log.append(v)
    except KeyError as e:
        log.append('caught %r' % (e.args[0],))
    return log


def state_after(kind):
    try:
        raise (TypeError if kind else ValueError)('x')
    except TypeError:
        pass
    except ValueError:
        pass
    return sys.exc_info()[0] is not None


for i in range(2):
    print(matching_fails(i))
print(loops(5))
print(clause_with_try(0), clause_with_try(5))
print(owned(2), owned(9))
print(state_after(1), state_after(0))
