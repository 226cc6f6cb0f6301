# expect: the module `xml.dom`, which the runtime does not provide
# expect: first used here: line 10
# expect: the module `socket`, which the runtime does not provide
# expect: first used here: line 13
import xml.dom
from socket import gethostname as host, AF_INET


def describe():
    return xml.dom.minidom


print(describe(), AF_INET, host())
