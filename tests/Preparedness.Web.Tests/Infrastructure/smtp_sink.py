"""A throwaway SMTP server for one test: aiosmtpd's Maildir handler on 127.0.0.1.

Run by SmtpSink.cs with Debian's /usr/bin/python3 (python3-aiosmtpd). Exits when the test process that
started it is gone, so that a killed test run leaves no server behind.

    python3 smtp_sink.py PORT FOLDER
"""
import os
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox

port, folder = int(sys.argv[1]), sys.argv[2]
parent = os.getppid()
controller = Controller(Mailbox(folder), hostname="127.0.0.1", port=port)
controller.start()
try:
    while os.getppid() == parent:
        time.sleep(0.5)
finally:
    controller.stop()
