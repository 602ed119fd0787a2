#!/usr/bin/env python3
"""Real-browser tests of `casebook site` (run by `make test-browser`, which `make test` runs).

Builds the site of a catalogue repository at HEAD, then drives headless Chromium (Debian's chromium and
chromium-driver, through Selenium) over it, opened from file:// and from a static server on 127.0.0.1 under the
sub-path /casebook/: types queries, clicks facets, follows a result, switches language, goes Back, and checks
what a person sees. For a set of queries, the ordered result ids in the browser must equal those of
`casebook search --format json` at the same revision. axe-core checks every kind of page; the print style
sheet must give A4 pages; no request may leave the site and no console error (a Content-Security-Policy
violation among them) may occur. Firefox ESR takes headless screenshots of the search page and a case page,
which must not be blank. Everything is bounded in time; the last line says how many checks passed and failed.
"""

import argparse
import base64
import functools
import http.server
import json
import os
import re
import shutil
import signal
import socketserver
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zlib

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

PASSED = []
FAILED = []


def check(name, condition, detail=""):
    (PASSED if condition else FAILED).append(name)
    print(("ok    " if condition else "FAIL  ") + name + ("" if condition else f": {detail}"), flush=True)
    return condition


def wait(predicate, seconds=10.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            value = predicate()
            if value:
                return value
        except Exception:  # the page may be between loads
            pass
        time.sleep(0.05)
    return None


# Queries whose order must equal `casebook search`: words, accents and case, prefixes, several words, filters
# by id, label and alias, years and none at all.
QUERIES = [
    {"q": "twitter"},
    {"q": "partici*"},
    {"q": "Twitter residents"},
    {"q": "sociale media"},
    {"q": "ideeen"},
    {"q": "CAFÉ"},
    {"q": "meld*"},
    {"q": "gemeente", "category": ["inspraak"]},
    {"q": "", "country": ["gb"]},
    {"q": "", "year": ["2010..2012"]},
    {"q": "snow*", "kind": ["case"]},
    {"q": "", "category": ["Informing residents"], "channel": ["twitter"]},
    {"q": "policy beleid", "kind": ["policy"]},
    {"q": "x*"},
]


def search_command(casebook, repository, query):
    arguments = [casebook, "-C", repository, "search", "--rev", "HEAD", "--format", "json", "--limit", "0"]
    kinds = query.get("kind", [])
    arguments += ["--kind", kinds[0] if len(kinds) == 1 else "all"]
    for name in ["category", "country", "municipality", "channel", "year", "language", "tag"]:
        for value in query.get(name, []):
            arguments += ["--" + name, value]
    arguments += query["q"].split()
    output = subprocess.run(arguments, check=True, capture_output=True, text=True, timeout=60).stdout
    return [result["id"] for result in json.loads(output)["results"]]


def query_string(query):
    pairs = [("q", query["q"])] if query["q"] else []
    for name in ["kind", "category", "country", "municipality", "channel", "year", "language", "tag"]:
        pairs += [(name, value) for value in query.get(name, [])]
    return "?" + urllib.parse.urlencode(pairs) if pairs else ""


def chromium():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                     "--disable-dev-shm-usage", "--no-first-run", "--lang=nl-NL"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(20)
    driver.set_script_timeout(20)
    return driver


def ready(driver):
    return wait(lambda: driver.execute_script("return document.body.getAttribute('data-search-state')") == "ready")


def open_search(driver, url):
    driver.get(url)
    ready(driver)


def browser_ids(driver):
    return driver.execute_async_script(
        "var done = arguments[arguments.length - 1]; CasebookSite.resultIds().then(done, function (e) { done(String(e)); });")


def console_problems(driver):
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def requests_outside(driver, allowed):
    outside = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if not any(url.startswith(prefix) for prefix in allowed):
                outside.append(url)
    return outside


def run_flow(driver, base, label):
    """Type a query, click a facet, follow a result, go Back, switch language."""
    open_search(driver, base + "nl/index.html")
    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys("twitter")
    check(f"{label}: typing a query shows results",
          wait(lambda: "resultaten" in driver.find_element(By.ID, "status").text
               and driver.find_elements(By.CSS_SELECTOR, "#results > li")))
    check(f"{label}: the query is in the address", wait(lambda: "q=twitter" in driver.current_url), driver.current_url)
    marks = [mark.text.lower() for mark in driver.find_elements(By.CSS_SELECTOR, "#results mark")]
    check(f"{label}: matched words are marked in the snippets", "twitter" in marks, marks)
    count_before = len(driver.find_elements(By.CSS_SELECTOR, "#results > li"))
    facet = wait(lambda: driver.find_element(By.CSS_SELECTOR, "#facet-country input[data-value='GB']"))
    facet.click()
    check(f"{label}: a facet filters the results and goes into the address",
          wait(lambda: "country=GB" in driver.current_url and all(
              "(GB)" in item.text for item in driver.find_elements(By.CSS_SELECTOR, "#results .result-meta"))),
          driver.current_url)
    count_after = len(driver.find_elements(By.CSS_SELECTOR, "#results > li"))
    check(f"{label}: the facet leaves fewer or as many results", count_after <= count_before, (count_before, count_after))
    first = driver.find_element(By.CSS_SELECTOR, "#results > li h3 a")
    title = first.text
    first.click()
    check(f"{label}: following a result opens its page",
          wait(lambda: driver.find_element(By.TAG_NAME, "h1").text == title), driver.current_url)
    driver.back()
    ready(driver)
    check(f"{label}: Back returns to the search with its query and facet",
          wait(lambda: driver.find_element(By.ID, "q").get_attribute("value") == "twitter"
               and driver.find_element(By.CSS_SELECTOR, "#facet-country input[data-value='GB']").is_selected()),
          driver.current_url)
    driver.back()
    check(f"{label}: Back again drops the facet",
          wait(lambda: "country=" not in driver.current_url
               and not driver.find_element(By.CSS_SELECTOR, "#facet-country input[data-value='GB']").is_selected()),
          driver.current_url)
    driver.forward()
    wait(lambda: "country=GB" in driver.current_url)
    driver.find_element(By.ID, "language-switch").click()
    check(f"{label}: the language switch keeps the page and the query",
          wait(lambda: "/en/index.html" in driver.current_url and "q=twitter" in driver.current_url
               and "country=GB" in driver.current_url
               and driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
               and "result" in driver.find_element(By.ID, "status").text),
          driver.current_url)


def equality(driver, base, casebook, repository, label):
    for query in QUERIES:
        expected = search_command(casebook, repository, query)
        open_search(driver, base + "en/index.html" + query_string(query))
        got = browser_ids(driver)
        check(f"{label}: {query_string(query) or 'no query'} ranks as casebook search ({len(expected)} results)",
              got == expected, f"browser {got} != command {expected}")


def one_request(driver, base, label):
    """A one-word search finds the texts of the results it shows in the shard that holds the word: it loads
    that shard and no result-text file (data/r/)."""
    open_search(driver, base + "en/index.html?q=residents")
    # Data files load as <script> elements, from file:// as from a server.
    loaded = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('script[src]'), function (e) { return e.src; });")
    shown = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "#results .snippet")]
    check(f"{label}: a one-word search loads its shard and no result-text file, and shows its results",
          any("/data/t/" in name for name in loaded) and not any("/data/r/" in name for name in loaded)
          and shown and all(shown), (loaded, shown))
    # Before anything is searched, the newest records are shown with texts that came with meta.js.
    open_search(driver, base + "en/index.html")
    loaded = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('script[src]'), function (e) { return e.src; });")
    shown = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "#results .snippet")]
    check(f"{label}: the page before a search shows the newest records without loading a result-text file",
          not any("/data/r/" in name for name in loaded) and len(shown) == 10 and all(shown), (loaded, shown))


def keyboard(driver, base):
    open_search(driver, base + "nl/index.html?q=twitter")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    check("keyboard: the first Tab reaches the skip link", active.get_attribute("class") == "skip")
    outline = driver.execute_script(
        "var s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)];")
    check("keyboard: the focused element has a visible outline", outline[0] != "none" and outline[1] >= 2, outline)
    active.send_keys(Keys.ENTER)
    for _ in range(40):
        if driver.switch_to.active_element.get_attribute("id") == "q":
            break
        driver.switch_to.active_element.send_keys(Keys.TAB)
    check("keyboard: Tab reaches the search box", driver.switch_to.active_element.get_attribute("id") == "q")
    box = driver.switch_to.active_element
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys("snow" + Keys.ENTER)
    check("keyboard: Enter searches", wait(lambda: "q=snow" in driver.current_url), driver.current_url)
    reached = None
    for _ in range(60):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        element = driver.switch_to.active_element
        if element.get_attribute("type") == "checkbox":
            reached = element
            break
    check("keyboard: Tab reaches a facet", reached is not None)
    if reached is not None:
        name = reached.get_attribute("data-facet")
        reached.send_keys(Keys.SPACE)
        check("keyboard: Space ticks a facet, and focus stays on it",
              wait(lambda: name + "=" in driver.current_url
                   and driver.switch_to.active_element.get_attribute("data-facet") == name), driver.current_url)


def axe_clean(driver, axe_source, name):
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
        " return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); },"
        " function (e) { done(['axe failed: ' + e]); });")
    check(f"axe: no violations on the {name} page", result == [], result)


def axe_pages(driver, base, axe_source):
    pages = {
        "search": "nl/index.html?q=twitter",
        "search (English)": "en/index.html?q=partici*&country=GB",
        "case": None,
        "municipality with comparison": "en/municipalities/be/testergem.html",
        "municipality without policy": None,
        "categories": "nl/categories/index.html",
        "category": "en/categories/participate.html",
        "country": "nl/countries/gb.html",
        "municipalities": "en/municipalities/index.html",
        "year": "nl/years/2010.html",
        "coverage": "en/coverage.html",
        "policies": "nl/policies.html",
        "contribute": "en/contribute.html",
    }
    open_search(driver, base + "en/index.html?q=twitter")
    pages["case"] = driver.find_element(By.CSS_SELECTOR, "#results > li h3 a").get_attribute("href")
    for name, path in pages.items():
        if path is None:
            continue
        driver.get(path if path.startswith(("file:", "http:")) else base + path)
        if "index.html" in path:
            ready(driver)
        axe_clean(driver, axe_source, name)


def print_a4(driver, base):
    driver.get(base + "en/municipalities/be/testergem.html")
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    sizes = {(round(float(w)), round(float(h))) for w, h in boxes}
    check("print: the municipality page prints on A4 (595 × 842 points)", sizes == {(595, 842)}, sizes)
    check("print: navigation is hidden in print",
          driver.execute_script(
              "var link = [...document.styleSheets].some(s => s.media && s.media.mediaText === 'print'); return link;"))


def png_is_not_blank(path):
    with open(path, "rb") as handle:
        data = handle.read()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return False
    position = 8
    width = height = 0
    depth = color = 0
    chunks = b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        payload = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", payload[:10])
        elif kind == b"IDAT":
            chunks += payload
        position += 12 + length
    raw = zlib.decompress(chunks)
    channels = {2: 3, 6: 4, 0: 1, 4: 2}.get(color, 4)
    stride = width * channels + 1
    distinct = set()
    for row in range(0, height, max(1, height // 60)):
        line = raw[row * stride + 1:(row + 1) * stride]
        for column in range(0, len(line) - channels, channels * max(1, width // 60)):
            distinct.add(line[column:column + channels])
    # Filtered rows make this approximate; a blank page gives one or two values, a page with text dozens.
    return len(distinct) > 8


def firefox(base_folder, work):
    binary = shutil.which("firefox-esr") or shutil.which("firefox")
    if not check("firefox: Firefox ESR is installed", binary is not None, "install firefox-esr"):
        return
    for name, path in [("search page", "nl/index.html?q=twitter"), ("case page", None)]:
        if path is None:
            cases = os.path.join(base_folder, "en", "cases")
            for folder, _, files in os.walk(cases):
                if files:
                    path = os.path.relpath(os.path.join(folder, sorted(files)[0]), base_folder)
                    break
        profile = tempfile.mkdtemp(dir=work)
        shot = os.path.join(work, name.replace(" ", "-") + ".png")
        url = "file://" + os.path.join(base_folder, path)
        try:
            subprocess.run([binary, "--headless", "--no-remote", "--profile", profile, "--window-size=1200,900",
                            "--screenshot", shot, url], timeout=90, capture_output=True,
                           env=dict(os.environ, MOZ_HEADLESS="1", HOME=profile))
        except subprocess.TimeoutExpired:
            pass
        check(f"firefox: a headless screenshot of the {name} is not blank",
              os.path.exists(shot) and png_is_not_blank(shot), shot)


def git(*arguments, folder):
    subprocess.run(["git", "-C", folder, "-c", "user.name=Browser test", "-c", "user.email=browser@example.org",
                    *arguments], check=True, capture_output=True, timeout=60)


def federated_site(casebook, repository, work):
    """A clone of the repository with a peer `vlaanderen` fetched from a local path, and its site over both.
    The peer holds be/testergem too (profile, policy and a case with the same id) and a municipality of its
    own. Returns the site's folder and the clone, or None when a step failed."""
    clone = os.path.join(work, "federated")
    peer = os.path.join(work, "peer-vlaanderen")
    subprocess.run(["git", "clone", "-q", repository, clone], check=True, capture_output=True, timeout=60)
    os.makedirs(peer)
    git("init", "-q", "-b", "main", folder=peer)
    schema = subprocess.run(["git", "-C", repository, "archive", "HEAD", "schema"], check=True, capture_output=True,
                            timeout=60).stdout
    subprocess.run(["tar", "-x", "-C", peer], input=schema, check=True, timeout=60)
    source = os.path.join(repository, "cases", "be", "testergem")
    renames = {
        "be/testergem/municipality.yaml": ("municipality.yaml", None),
        "be/testergem/policy.yaml": ("policy.yaml", "title: Vlaams sociale-mediabeleid van Testergem"),
        "be/testergem/2022-campagne-zwerfvuil.yaml": ("2022-campagne-zwerfvuil.yaml", "title: Zwerfvuilcampagne in Vlaanderen"),
        "be/vlaamsdorp/municipality.yaml": ("municipality.yaml", "name: Vlaamsdorp"),
        "be/vlaamsdorp/2022-wijkchat.yaml": ("2022-campagne-zwerfvuil.yaml", "title: Wijkchat in Vlaamsdorp"),
    }
    for target, (name, first_line) in renames.items():
        with open(os.path.join(source, name), encoding="utf-8") as handle:
            text = handle.read()
        if first_line:
            key = first_line.split(":")[0] + ":"
            text = re.sub(r"(?m)^" + key + r" .*$", first_line, text, count=1)
        path = os.path.join(peer, "cases", target)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    git("add", "-A", folder=peer)
    git("commit", "-q", "-m", "Flemish catalogue", folder=peer)
    with open(os.path.join(clone, "schema", "peers.yaml"), "w", encoding="utf-8") as handle:
        handle.write(f"peers:\n  - name: vlaanderen\n    url: {peer}\n    branch: main\n"
                     "    description: Casussen van Vlaamse gemeenten\n")
    git("add", "-A", folder=clone)
    git("commit", "-q", "-m", "Peer list", folder=clone)
    fetch = subprocess.run([casebook, "-C", clone, "fetch"], capture_output=True, text=True, timeout=120)
    if not check("federation: casebook fetch fetches the peer", fetch.returncode == 0, fetch.stderr):
        return None
    folder = os.path.join(work, "federated-site")
    build = subprocess.run([casebook, "-C", clone, "site", "--catalogue", "all", "--output", folder],
                           capture_output=True, text=True, timeout=120)
    if not check("federation: casebook site --catalogue all builds the site", build.returncode == 0, build.stderr):
        return None
    return folder, clone


def federation(driver, casebook, repository, work, axe_source):
    """The catalogue facet of a federated site: ticking a peer shows its records only, with its count, and its
    results lead to its own pages, also where the local catalogue holds the same municipality."""
    built = federated_site(casebook, repository, work)
    if built is None:
        return
    folder, clone = built
    listed = subprocess.run([casebook, "-C", clone, "search", "--catalogue", "vlaanderen", "--kind", "all",
                             "--format", "json", "--limit", "0"], check=True, capture_output=True, text=True, timeout=60)
    expected = len(json.loads(listed.stdout)["results"])
    base = "file://" + folder + "/"
    open_search(driver, base + "en/index.html")
    facet = wait(lambda: driver.find_element(By.CSS_SELECTOR, "#facet-catalogue input[data-value='vlaanderen']"))
    if not check("federation: the search page has the catalogue as a facet", facet is not None):
        return
    count = facet.find_element(By.XPATH, "following-sibling::span[@class='count']").text
    check("federation: the facet counts the peer's records", count == str(expected), (count, expected))
    facet.click()
    check("federation: ticking the peer shows its records only, and goes into the address",
          wait(lambda: "catalogue=vlaanderen" in driver.current_url
               and len(driver.find_elements(By.CSS_SELECTOR, "#results > li")) == expected
               and all("vlaanderen" in item.text for item in driver.find_elements(By.CSS_SELECTOR, "#results .result-meta"))),
          [item.text for item in driver.find_elements(By.CSS_SELECTOR, "#results .result-meta")])
    check("federation: the result count says the peer's number",
          str(expected) in driver.find_element(By.ID, "status").text, driver.find_element(By.ID, "status").text)
    for title, path, heading in [
        ("Zwerfvuilcampagne in Vlaanderen", "/en/cases/vlaanderen/be/testergem/2022-campagne-zwerfvuil.html",
         "Zwerfvuilcampagne in Vlaanderen"),
        ("Vlaams sociale-mediabeleid van Testergem", "/en/municipalities/vlaanderen/be/testergem.html",
         "Testergem (vlaanderen)"),
    ]:
        open_search(driver, base + "en/index.html?catalogue=vlaanderen")
        links = [link for link in driver.find_elements(By.CSS_SELECTOR, "#results > li h3 a") if link.text == title]
        if not check(f"federation: the peer's result '{title}' is listed", links):
            continue
        links[0].click()
        check(f"federation: '{title}' opens the peer's own page, not the local one",
              wait(lambda: path in driver.current_url and driver.find_element(By.TAG_NAME, "h1").text == heading),
              driver.current_url)
        if "municipalities" in path:
            check("federation: the peer's municipality page shows the peer's policy",
                  title in driver.find_element(By.ID, "policy-section").text)
        problems = console_problems(driver)
        check(f"federation: no console errors up to the page of '{title}'", not problems, problems)
        # axe-core reads style sheets with XMLHttpRequest, which file:// refuses: its own messages are dropped.
        axe_clean(driver, axe_source, f"peer's {'municipality' if 'municipalities' in path else 'case'}")
        driver.get_log("browser")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *arguments):
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--casebook", required=True)
    parser.add_argument("--repository", required=True)
    arguments = parser.parse_args()
    signal.alarm(600)
    casebook = os.path.abspath(arguments.casebook)
    repository = os.path.abspath(arguments.repository)
    work = tempfile.mkdtemp(prefix="casebook-browser-")
    served = os.path.join(work, "www")
    folder = os.path.join(served, "casebook")
    os.makedirs(served)
    started = time.monotonic()
    try:
        build = subprocess.run([casebook, "-C", repository, "site", "--rev", "HEAD", "--output", folder],
                               capture_output=True, text=True, timeout=120)
        if not check("casebook site builds the site", build.returncode == 0, build.stderr):
            return 1
        import axe_selenium_python
        axe_path = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")
        with open(axe_path, encoding="utf-8") as handle:
            axe_source = handle.read()
        version = re.search(r'version\s*=\s*"([0-9.]+)"', axe_source) or re.search(r'"version":"([0-9.]+)"', axe_source)
        print(f"axe-core {version.group(1) if version else '?'}", flush=True)
        driver = chromium()
        try:
            base = "file://" + folder + "/"
            equality(driver, base, casebook, repository, "file://")
            run_flow(driver, base, "file://")
            one_request(driver, base, "file://")
            keyboard(driver, base)
            problems = console_problems(driver)
            check("file://: no console errors (no Content-Security-Policy violations)", not problems, problems)
            # axe-core reads style sheets with XMLHttpRequest, which file:// refuses: its own messages are dropped.
            axe_pages(driver, base, axe_source)
            driver.get_log("browser")
            print_a4(driver, base)
            driver.get(base + "index.html?q=twitter")
            check("root: index.html sends the reader to a language's search page with the query",
                  wait(lambda: re.search(r"/(nl|en)/index\.html\?q=twitter", driver.current_url)), driver.current_url)
            problems = console_problems(driver)
            check("file://: no console errors on the root page and in print", not problems, problems)
            outside = requests_outside(driver, ["file://", "data:"])
            check("file://: no request leaves the site", not outside, outside[:5])
            handler = functools.partial(QuietHandler, directory=served)
            with socketserver.TCPServer(("127.0.0.1", 0), handler) as server:
                server.timeout = 5
                thread = threading.Thread(target=server.serve_forever, daemon=True)
                thread.start()
                try:
                    origin = f"http://127.0.0.1:{server.server_address[1]}"
                    base = origin + "/casebook/"
                    equality(driver, base, casebook, repository, "http under /casebook/")
                    run_flow(driver, base, "http under /casebook/")
                    one_request(driver, base, "http under /casebook/")
                    problems = console_problems(driver)
                    check("http: no console errors (no Content-Security-Policy violations)", not problems, problems)
                    outside = requests_outside(driver, [origin + "/casebook/", "data:"])
                    check("http: no request leaves the site (or its sub-path)", not outside, outside[:5])
                finally:
                    server.shutdown()
                    thread.join(5)
            driver.get_log("browser")
            federation(driver, casebook, repository, work, axe_source)
        finally:
            driver.quit()
        firefox(folder, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"browser tests took {time.monotonic() - started:.1f} s", flush=True)
    print(f"{len(PASSED)} passed, {len(FAILED)} failed", flush=True)
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
