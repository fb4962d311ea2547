import sys
sys.stdout.write('loading helper as ' + __name__ + '\n')
ANSWER = 42
counter = 0


def greet(who):
    return 'hello, %s' % who


def bump():
    global counter
    counter += 1


def get_answer():
    return ANSWER


if __name__ == '__main__':
    sys.stdout.write("never printed when imported\n")
