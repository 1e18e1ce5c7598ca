"""A development mail catcher for aiosmtpd (Debian's python3-aiosmtpd), started by deploy/run.sh.

Keeps every email it receives as a .eml file and appends a readable copy (recipient, subject and
text body, decoded so that Arabic reads as Arabic) to mail.log in the same folder. Nothing is
relayed anywhere.

    PYTHONPATH=deploy/lib python3 -m aiosmtpd -n -l 127.0.0.1:2525 -c dev_mail.MailLog .data/mail
"""
import datetime
import email
import email.policy
import pathlib


class MailLog:
    def __init__(self, folder):
        self.folder = pathlib.Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("MailLog takes one argument: the folder to keep mail in")
        return cls(args[0])

    async def handle_DATA(self, server, session, envelope):
        now = datetime.datetime.now()
        (self.folder / f"{now:%Y%m%d-%H%M%S-%f}.eml").write_bytes(envelope.content)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
        with open(self.folder / "mail.log", "a", encoding="utf-8") as log:
            log.write(f"----- {now:%Y-%m-%d %H:%M:%S}\nTo: {', '.join(envelope.rcpt_tos)}\n"
                      f"Subject: {message['subject']}\n\n{text.strip()}\n\n")
        return "250 Message accepted for delivery"
