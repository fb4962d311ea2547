from ...mid import MIDNAME
