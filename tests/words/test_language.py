"""Which language: the environment as gettext reads it, a phone's Accept-Language, the
process's choice and a block's own (`using`), per thread and per asyncio task."""

import asyncio
import threading

from roadmap_desktop import words


def test_the_environment_as_gettext_reads_it():
    assert words.from_environment({"LANG": "es_ES.UTF-8"}) == "es"
    assert words.from_environment({"LC_ALL": "vi_VN.UTF-8", "LANG": "es_ES.UTF-8"}) == "vi"
    assert words.from_environment({"LANGUAGE": "fr:vi:es", "LANG": "en_US.UTF-8"}) == "vi"
    # LANGUAGE is ignored when the locale is C, as gettext does.
    assert words.from_environment({"LANGUAGE": "es", "LANG": "C"}) is None
    assert words.from_environment({"LANG": "fr_FR.UTF-8"}) is None
    assert words.from_environment({}) is None


def test_normalize_takes_locale_names_and_tags():
    assert words.normalize("es-MX") == "es"
    assert words.normalize("vi_VN.UTF-8@euro") == "vi"
    assert words.normalize("EN") == "en"
    assert words.normalize("C.UTF-8") is None
    assert words.normalize("") is None
    assert words.normalize("qps") == words.PSEUDO


def test_a_phone_gets_its_best_language():
    assert words.negotiate("vi-VN,vi;q=0.9,en-US;q=0.8") == "vi"
    assert words.negotiate("fr-FR,es;q=0.5,vi;q=0.7") == "vi"
    assert words.negotiate("fr-FR,de;q=0.5") == "en"
    assert words.negotiate(["es-419", "en"]) == "es"
    assert words.negotiate("qps") == "en"  # the pseudo language is for tests, never a phone's
    assert words.negotiate(None) == "en"


def test_every_language_has_its_name_in_itself():
    assert words.available()[:1] == ("en",)
    assert {"es", "vi"} <= set(words.available())
    assert words.native_name("es") == "Español"
    assert words.native_name("vi") == "Tiếng Việt"


def test_using_holds_for_its_block_its_thread_and_its_task():
    words.set_language("es")
    try:
        with words.using("vi"):
            assert words.current() == "vi"
            seen: list[str] = []
            thread = threading.Thread(target=lambda: seen.append(words.current()))
            thread.start()
            thread.join()
            assert seen == ["es"]  # another thread sees the process's language

            async def phone(code: str) -> str:
                with words.using(code):
                    await asyncio.sleep(0)
                    return words.current()

            async def both() -> list[str]:
                return list(await asyncio.gather(phone("en"), phone("es")))

            assert asyncio.run(both()) == ["en", "es"]
            assert words.current() == "vi"
        assert words.current() == "es"
    finally:
        words.set_language("en")
    assert words.set_language("klingon") == "en"
