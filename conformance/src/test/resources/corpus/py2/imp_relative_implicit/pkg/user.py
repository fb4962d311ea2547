import util
import other


def which_util():
    return 'user got ' + util.WHERE + ' and ' + other.WHERE
