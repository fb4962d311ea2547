package org.pyvm.cli.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyvm.cli.trace.TraceSupport.codes;
import static org.pyvm.cli.trace.TraceSupport.golden;
import static org.pyvm.cli.trace.TraceSupport.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The {@code --html} page in a real headless Chromium: load it, press its forward button, and
 * read the drawn call stack. The browser comes from Debian's chromium and chromium-driver
 * packages, installed by tools/install-browser.sh when missing; where they cannot be installed
 * the test is skipped with the reason (a JUnit assumption), never passed silently.
 */
class HtmlTraceBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static WebDriver browser;

    @TempDir
    Path dir;

    /** Why there is no browser, or null when there is one. */
    private static String unavailable;

    @BeforeAll
    static void startBrowser() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "tools/install-browser.sh").redirectErrorStream(true).start();
        boolean done = p.waitFor(20, TimeUnit.MINUTES);
        String why = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!done) {
            p.destroyForcibly();
            why = "installing chromium timed out";
        }
        if (!done || p.exitValue() != 0) {
            // each test is then reported as skipped with this reason (an assumption in @BeforeAll would hide them)
            unavailable = "no headless Chromium for the trace page test: " + why;
            System.err.println("HtmlTraceBrowserTest SKIPPED: " + unavailable);
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // --no-sandbox: the tests run as root here, where Chromium's sandbox refuses to start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--allow-file-access-from-files");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(unavailable == null, () -> "SKIPPED: " + unavailable);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Writes the page for fib.pyc with fib.py beside it, and opens it. */
    private void open(String version, String... options) throws IOException {
        Path work = Files.createDirectories(dir.resolve("p" + version));
        Files.copy(golden(version, "fib", ".pyc"), work.resolve("fib.pyc"));
        Files.copy(golden(version, "fib", ".py"), work.resolve("fib.py"));
        Path page = dir.resolve("fib" + version + ".html");
        String[] args = new String[options.length + 4];
        args[0] = "trace";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--html";
        args[options.length + 2] = page.toString();
        args[options.length + 3] = work.resolve("fib.pyc").toString();
        assertEquals(0, run(args).status());
        browser.get(page.toUri().toString());
    }

    private static void forward(int times) {
        WebElement button = browser.findElement(By.id("forward"));
        for (int k = 0; k < times; k++) {
            button.click();
        }
    }

    private static List<WebElement> frames() {
        return browser.findElements(By.cssSelector("#frames .frame"));
    }

    private static String title(WebElement frame) {
        return frame.findElement(By.className("frame-title")).getText();
    }

    private static List<String> stackOf(WebElement frame) {
        return frame.findElements(By.className("stack-item")).stream().map(WebElement::getText).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void forwardStepsIntoFibAndBackReturns(String version) throws IOException {
        open(version);
        assertTrue(browser.findElement(By.id("truncated")).getAttribute("hidden") != null, "fib(4) is not cut");
        // the module runs its straight-line code up to the call of fib (dis order), then fib's
        // first instruction, and (3.11) RESUME before LOAD_FAST n: after that, n = 4 is on fib's stack
        List<TraceSupport.Row> module = codes(version, "fib").get("<module>").rows();
        int call = 0;
        while (!module.get(call).opname().startsWith("CALL")) {
            call++;
        }
        int presses = call + 1 + (version.equals("3.11") ? 1 : 0);
        forward(presses);
        assertEquals("step " + (presses + 1), browser.findElement(By.id("step-label")).getText().split(" of ")[0]);
        List<WebElement> frames = frames();
        assertEquals(2, frames.size());
        assertEquals("<module> (depth 1)", title(frames.get(0)));
        assertEquals("fib (depth 2)", title(frames.get(1)));
        assertTrue(frames.get(0).findElement(By.className("frame-instr")).getText().contains(module.get(call).opname()),
                "the module waits in its call");
        assertTrue(frames.get(1).findElement(By.className("frame-instr")).getText().endsWith("LOAD_FAST 0 (n)"));
        assertEquals(List.of("4"), stackOf(frames.get(1)));
        if (version.equals("3.11")) {
            assertEquals("exception table entry: none", frames.get(1).findElement(By.className("exc-entry")).getText());
        } else {
            assertTrue(frames.get(1).findElements(By.className("block")).isEmpty(), "no block in fib");
        }
        // the .py beside the .pyc is shown, its line 2 highlighted
        assertEquals("2    if n < 2:", browser.findElement(By.cssSelector(".src-line.current")).getText());

        // back to the instruction before: on 3.11 fib's RESUME (empty stack), before 3.11 the module's call
        browser.findElement(By.id("back")).click();
        frames = frames();
        if (version.equals("3.11")) {
            assertEquals(2, frames.size());
            assertEquals(List.of(), stackOf(frames.get(1)));
        } else {
            assertEquals(1, frames.size());
            assertTrue(frames.get(0).findElement(By.className("frame-instr")).getText().contains(module.get(call).opname()));
        }
    }

    @Test
    void deepestPointDrawsFiveFramesAndTheSliderReachesTheEnd() throws IOException {
        open("3.6");
        // fib(4) -> fib(3) -> fib(2) -> fib(1): press forward until five frames are drawn
        int presses = 0;
        while (frames().size() < 5 && presses < 200) {
            forward(1);
            presses++;
        }
        List<WebElement> frames = frames();
        assertEquals(5, frames.size());
        assertEquals(List.of("<module> (depth 1)", "fib (depth 2)", "fib (depth 3)", "fib (depth 4)", "fib (depth 5)"),
                frames.stream().map(HtmlTraceBrowserTest::title).toList());
        // fib(1)'s first step is LOAD_FAST n, with n = 1
        assertEquals(List.of("1"), stackOf(frames.get(4)));
        assertTrue(frames.get(4).getAttribute("class").contains("current"));
        assertFalse(frames.get(3).getAttribute("class").contains("current"));

        // the slider's End key jumps to the last step: the module's closing RETURN_VALUE, alone on the stack of frames
        browser.findElement(By.id("slider")).sendKeys(Keys.END);
        String[] label = browser.findElement(By.id("step-label")).getText().split(" \\(")[0].split(" ");
        assertEquals(label[1], label[3], "step N of N");
        List<TraceSupport.Row> module = codes("3.6", "fib").get("<module>").rows();
        frames = frames();
        assertEquals(1, frames.size());
        assertTrue(frames.get(0).findElement(By.className("frame-instr")).getText()
                .endsWith(module.get(module.size() - 1).opname()));
        assertTrue(browser.findElement(By.id("back")).isEnabled());
        assertFalse(browser.findElement(By.id("forward")).isEnabled());
    }

    @Test
    void aCutRecordingSaysSoAndStopsAtItsLastStep() throws IOException {
        open("3.11", "--max-steps-recorded", "10");
        WebElement notice = browser.findElement(By.id("truncated"));
        assertTrue(notice.isDisplayed());
        assertTrue(notice.getText().contains("only the first 10 of"), notice.getText());
        forward(9);
        assertEquals("step 10 of 10", browser.findElement(By.id("step-label")).getText().split(" \\(")[0]);
        assertFalse(browser.findElement(By.id("forward")).isEnabled());
    }
}
