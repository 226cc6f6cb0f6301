from .models import *
from . import registry

__version__ = "0.1"
