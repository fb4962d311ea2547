from __future__ import absolute_import
import util


def which_util():
    return 'absolute_import got ' + util.WHERE
