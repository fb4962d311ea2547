RAN_AS_MAIN = __name__ == '__main__'


def main_guard():
    return 'runner imported, so its guard saw __name__ = %s, main? %s' % (__name__, RAN_AS_MAIN)

if __name__ == '__main__':
    RAN_AS_MAIN = 'yes'
