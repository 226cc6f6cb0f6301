# -*- coding: latin-1 -*-
s = "café"
name_é = 1
