# Walrus with match and loops: a tiny tokenizer and evaluator.
def tokens(text):
    i = 0
    while i < len(text):
        if (ch := text[i]).isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("num", int(text[i:j]))
            i = j
            continue
        if ch in "+-*":
            yield ("op", ch)
        i += 1

def evaluate(text):
    stack = []
    op = "+"
    acc = 0
    for tok in tokens(text):
        match tok:
            case ("num", n):
                match op:
                    case "+":
                        acc += n
                    case "-":
                        acc -= n
                    case "*":
                        acc *= n
            case ("op", o):
                op = o
    return acc

for expr in ["1+2", "10 - 4 * 3", "7", "2*3+4"]:
    print(expr, "=", evaluate(expr))
print(list(tokens("12+3")))
