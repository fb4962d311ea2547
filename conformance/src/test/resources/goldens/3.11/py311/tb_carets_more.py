# More shapes of 3.11's position carets (source beside the .pyc: tb_carets_more.with-source): power,
# unary and shift operators, slices and tuples as subscripts, a parenthesized value or index, a
# conditional around the failing operation, and a call whose whole line is the expression (no carets).


def shapes():
    return [
        lambda x: x ** 2 ** "3",
        lambda x: 1 - -x,
        lambda x: x << 2,
        lambda x: x[1:2:3][7],
        lambda x: x[1, 2],
        lambda x: (x)[1],
        lambda x: x[(5)],
        lambda x: x    [ 1 ],
        lambda x: (x + 1) if x else x + 1,
        lambda x: x.y or x + 1,
    ]


def run_all(fns, arg):
    if not fns:
        int("not a number")
    try:
        return fns[0](arg)
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
        run_all(fns[1:], arg if len(fns) % 2 else [arg])


run_all(shapes(), None)
