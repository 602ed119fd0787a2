#!/usr/bin/env python3
"""The site's search in headless Chromium against Pagefind on the same pages (run by `make bench`).

usage: site_browser.py SITE_FOLDER PAGEFIND_BINARY OUTPUT_JSON

Serves SITE_FOLDER on 127.0.0.1 (stopped at the end), then for casebook's search page and for a page that
uses Pagefind's own JavaScript API over an index Pagefind builds of the same case and municipality pages:
the bytes of index files the first search fetches, the time to the first results, the median time of the
next queries, and the size of the search page without its index. Prints and writes the figures as JSON.
"""

import functools
import http.server
import json
import os
import shutil
import socketserver
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

FIRST = "library"
NEXT = ["snow", "partici*", "twitter residents", "flood", "parking permits", "youth", "budget", "heat"]


SERVED = []


class Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves files as they are and counts the bytes of each one it sends (also to web workers, whose
    requests the page's resource timing does not see)."""

    def log_message(self, *arguments):
        pass

    def do_GET(self):
        path = self.translate_path(self.path)
        if os.path.isfile(path):
            SERVED.append((urllib.parse.urlsplit(self.path).path, os.path.getsize(path)))
        super().do_GET()


def served_bytes(prefix):
    return sum(size for path, size in SERVED if prefix in path)


def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    browser.set_script_timeout(60)
    return browser


def resources(browser, prefix):
    return browser.execute_script(
        "return performance.getEntriesByType('resource').filter(e => e.name.indexOf(arguments[0]) >= 0)"
        ".map(e => [e.name, e.transferSize, e.encodedBodySize || e.transferSize]);", prefix)


def casebook(browser, origin, folder):
    SERVED.clear()
    browser.get(origin + "/en/index.html")
    page = browser.execute_script(
        "return performance.getEntriesByType('resource').filter(e => e.name.indexOf('/data/') < 0)"
        ".reduce((s, e) => s + e.encodedBodySize, 0) + performance.getEntriesByType('navigation')[0].encodedBodySize;")
    run = """
      var done = arguments[arguments.length - 1];
      var start = performance.now();
      var input = document.getElementById('q');
      input.value = arguments[0];
      document.body.removeAttribute('data-search-state');
      document.getElementById('search-form').dispatchEvent(new Event('submit', {cancelable: true}));
      // The time the page took from the search's start to its results on screen, as the page measured it.
      new MutationObserver(function (changes, observer) {
        if (document.body.getAttribute('data-search-state') === 'ready') {
          observer.disconnect();
          done(CasebookSite.lastSearch.milliseconds);
        }
      }).observe(document.body, {attributes: true});
    """
    # The page loads meta.js, docs.js and the words at once: they count as index bytes of the first search.
    time.sleep(1.0)
    first = browser.execute_async_script(run, FIRST)
    fetched = served_bytes("/data/")
    nexts = [browser.execute_async_script(run, query) for query in NEXT]
    warm = [browser.execute_async_script(run, query) for query in NEXT]
    return {"index_bytes_first_search": fetched, "first_query_ms": first, "next_query_ms": statistics.median(nexts),
            "repeated_query_ms": statistics.median(warm), "search_page_bytes": page}


PAGEFIND_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><p id="state">loading</p><script type="module">
const pagefind = await import("./pagefind/pagefind.js");
await pagefind.init();
window.searchFor = async function (query) {
  const start = performance.now();
  const search = await pagefind.search(query);
  await Promise.all(search.results.slice(0, 10).map(r => r.data()));
  return performance.now() - start;
};
document.getElementById("state").textContent = "ready";
</script></body></html>
"""


def pagefind(browser, origin, folder, binary):
    started = time.monotonic()
    subprocess.run([binary, "--site", folder, "--glob", "en/{cases,municipalities}/**/*.html", "--output-subdir", "pagefind"],
                   check=True, capture_output=True, timeout=1800)
    indexing = time.monotonic() - started
    with open(os.path.join(folder, "pagefind-bench.html"), "w", encoding="utf-8") as handle:
        handle.write(PAGEFIND_PAGE)
    SERVED.clear()
    browser.get(origin + "/pagefind-bench.html")
    end = time.monotonic() + 30
    while browser.find_element("id", "state").text != "ready" and time.monotonic() < end:
        time.sleep(0.05)
    page = browser.execute_script(
        "return performance.getEntriesByType('resource').filter(e => /pagefind(-[a-z]+)?\\.js$/.test(e.name))"
        ".reduce((s, e) => s + e.encodedBodySize, 0) + performance.getEntriesByType('navigation')[0].encodedBodySize;")
    run = "var done = arguments[arguments.length - 1]; window.searchFor(arguments[0]).then(done);"
    first = browser.execute_async_script(run, FIRST)
    fetched = sum(size for path, size in SERVED if "/pagefind/" in path and not path.endswith(".js"))
    nexts = [browser.execute_async_script(run, query) for query in NEXT]
    warm = [browser.execute_async_script(run, query) for query in NEXT]
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    return {"index_bytes_first_search": fetched, "first_query_ms": first, "next_query_ms": statistics.median(nexts),
            "repeated_query_ms": statistics.median(warm), "search_page_bytes": page, "indexing_s": indexing,
            "version": version}


def main():
    folder, binary, output = sys.argv[1:4]
    handler = functools.partial(Quiet, directory=folder)
    results = {}
    with socketserver.TCPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        browser = driver()
        try:
            origin = f"http://127.0.0.1:{server.server_address[1]}"
            results["casebook"] = casebook(browser, origin, folder)
            results["pagefind"] = pagefind(browser, origin, folder, binary)
        finally:
            browser.quit()
            server.shutdown()
            thread.join(5)
            shutil.rmtree(os.path.join(folder, "pagefind"), ignore_errors=True)
            try:
                os.remove(os.path.join(folder, "pagefind-bench.html"))
            except OSError:
                pass
    print(json.dumps(results, indent=2))
    with open(output, "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)


if __name__ == "__main__":
    main()
