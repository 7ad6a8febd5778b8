package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The offline visit form in real Chromium, the network cut through the DevTools protocol: an inspector takes visits
 * offline, records one with a photo and a trafficking indicator without a network (a reload keeps it), and sends it
 * when back online; the team lead signs it off and the case workers get the referral. A visit cancelled meanwhile
 * is shown as a conflict, never overwritten. Also measures what a tablet stores for twenty visits.
 */
class OfflineVisitJourneyIT {

    @RegisterExtension
    static Browser browser = Browser.sharedByTheClass();

    static final String INSPECTOR = DemoAccount.INSPECTOR.basicAuth();
    static final String LEAD = DemoAccount.TEAM_LEAD.basicAuth();

    @Test
    void visitsTakenOfflineAreRecordedWithoutANetworkAndSentWhenBackOnline() throws IOException {
        OfflineVisitData.Day day = OfflineVisitData.visitsOnOneDay(2);
        long recorded = day.visits().get(0);
        long other = day.visits().get(1);
        openTheForm();
        takeOffline(day.day());
        assertThat(visitRow(other).getAttribute("data-state")).isEqualTo("none");

        network(false);
        long beforeRecording = storedSize();
        openRecord(recorded);
        int photos = answerEveryChecklistItem() + 1;
        browser.driver().findElement(By.id("ind-WITHHELD_DOCUMENTS")).click();
        browser.driver().findElement(By.id("note-WITHHELD_DOCUMENTS")).sendKeys("Chủ cơ sở giữ căn cước của nhân viên");
        browser.driver().findElement(By.id("finding-0")).sendKeys("Ba nhân viên không giữ giấy tờ tùy thân");
        new Select(browser.driver().findElement(By.id("outcome"))).selectByValue("SIGNS_OF_CRIME");
        takePhoto("photos");
        browser.driver().findElement(By.id("save")).click();
        browser.waitFor(d -> "queued".equals(visitRow(recorded).getAttribute("data-state")));
        assertThat(browser.text(By.id("waiting"))).isEqualTo("1 biên bản và " + photos + " ảnh đang chờ gửi");
        recordMeasure(
                "one record (every item answered, an indicator, a finding) with " + photos + " photos of "
                        + VisitRecords.png().length + " B, sealed",
                storedSize() - beforeRecording);

        browser.driver().navigate().refresh();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='true']")));
        assertThat(offline())
                .as("the page's requests fail: the reload was served by the service worker")
                .isTrue();
        assertThat(visitRow(recorded).getAttribute("data-state")).isEqualTo("queued");
        assertThat(browser.text(By.id("waiting"))).isEqualTo("1 biên bản và " + photos + " ảnh đang chờ gửi");
        assertThat(browser.text(By.id("network"))).isEqualTo("Mất mạng: biên bản được giữ trên máy này");
        assertThat(storedText()).as("nothing readable is stored").doesNotContain("Chủ cơ sở");

        network(true);
        browser.driver().findElement(By.id("send")).click();
        browser.waitFor(d -> "sent".equals(visitRow(recorded).getAttribute("data-state")));
        assertThat(browser.text(By.id("waiting"))).isEqualTo("Không có gì đang chờ gửi.");

        JsonObject record = Vigil.json(Vigil.get("/api/v1/visits/" + recorded + "/record", "Authorization", INSPECTOR))
                .asJsonObject();
        JsonObject indicator = record.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("indicator").equals("WITHHELD_DOCUMENTS"))
                .findFirst()
                .orElseThrow();
        assertThat(indicator.getBoolean("observed")).isTrue();
        assertThat(record.getJsonArray("findings").getJsonObject(0).getString("text"))
                .isEqualTo("Ba nhân viên không giữ giấy tờ tùy thân");
        assertThat(Vigil.json(Vigil.get("/api/v1/visits/" + recorded + "/evidence", "Authorization", INSPECTOR))
                        .asJsonArray())
                .isNotEmpty();
        assertThat(Vigil.get("/api/v1/visits/" + other + "/record", "Authorization", INSPECTOR)
                        .statusCode())
                .as("the other visit taken offline was not begun")
                .isEqualTo(404);

        HttpResponse<String> signed = Vigil.sendJson(
                "POST",
                "/api/v1/visits/" + recorded + "/record/sign-off?version=" + record.getJsonNumber("version"),
                "",
                "Authorization",
                LEAD);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        JsonObject referral = await().atMost(Duration.ofSeconds(60)).until(() -> referralOf(recorded), r -> r != null);
        assertThat(referral.getString("status")).isEqualTo("PENDING");
    }

    @Test
    void aVisitCancelledWhileOfflineIsAConflictWithAWayForward() throws IOException {
        OfflineVisitData.Day day = OfflineVisitData.visitsOnOneDay(1);
        long visit = day.visits().get(0);
        openTheForm();
        takeOffline(day.day());

        network(false);
        openRecord(visit);
        browser.driver().findElement(By.id("finding-0")).sendKeys("Cửa thoát hiểm bị khóa");
        Path notAPhoto = Files.createTempFile("ghi-chu", ".txt");
        Files.writeString(notAPhoto, "không phải ảnh");
        browser.driver().findElement(By.id("photos")).sendKeys(notAPhoto.toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("message"), "không phải ảnh JPEG, PNG hoặc WebP"));
        assertThat(browser.text(By.id("photos-count"))).isEqualTo("0 ảnh");
        browser.driver().findElement(By.id("save")).click();
        browser.waitFor(d -> "queued".equals(visitRow(visit).getAttribute("data-state")));

        JsonObject current = Vigil.json(Vigil.get("/api/v1/visits/" + visit, "Authorization", LEAD))
                .asJsonObject();
        HttpResponse<String> cancelled = Vigil.sendJson(
                "POST",
                "/api/v1/visits/" + visit + "/cancellation",
                "{\"version\":" + current.getJsonNumber("version") + ",\"reason\":\"Cơ sở đã ngừng kinh doanh\"}",
                "Authorization",
                LEAD);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

        network(true);
        browser.driver().findElement(By.id("send")).click();
        // coming back online starts a sending of its own beside the button's, and each draws the list again: the
        // conflict is read whole from the list as it stands, again until it shows
        String[] problem = browser.waitFor(d -> {
            try {
                WebElement shown = d.findElement(By.id("problem-" + visit));
                return shown.isDisplayed() ? new String[] {shown.getAttribute("data-kind"), shown.getText()} : null;
            } catch (NoSuchElementException | StaleElementReferenceException redrawn) {
                return null;
            }
        });
        assertThat(problem[0]).isEqualTo("cancelled");
        assertThat(problem[1]).contains("Lượt kiểm tra đã bị hủy trong lúc đó (Cơ sở đã ngừng kinh doanh)");
        assertThat(visitRow(visit).getAttribute("data-state")).isEqualTo("conflict");
        assertThat(Vigil.get("/api/v1/visits/" + visit + "/record", "Authorization", INSPECTOR)
                        .statusCode())
                .as("nothing was recorded on the cancelled visit")
                .isEqualTo(404);

        browser.driver().findElement(By.id("copy-" + visit)).click();
        assertThat(browser.text(By.cssSelector("#problem-" + visit + " textarea.copy")))
                .contains("Cửa thoát hiểm bị khóa");
        browser.driver().findElement(By.id("discard-" + visit)).click();
        browser.driver().switchTo().alert().accept();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("problem-" + visit)));
    }

    @Test
    void twentyVisitsTakeLittleRoomAndSigningOutLeavesThemSealed() throws IOException {
        LocalDate first = twentyVisitsOnTwentyDays();
        openTheForm();
        long before = storedSize();
        takeOffline(first);
        assertThat(browser.all(By.cssSelector("#visitList li.visit"))).hasSize(20);
        long bundle = storedSize() - before;
        recordMeasure("bundle of 20 visits (visits, establishments, checklists), sealed", bundle);
        assertThat(bundle).as("the bundle of 20 visits, in bytes").isLessThan(512 * 1024);

        assertThat(keysKept()).isEqualTo("wrapped=true session=1");
        browser.driver().findElement(By.id("signOut")).click();
        browser.waitFor(ExpectedConditions.urlContains("/login.xhtml"));
        assertThat(keysKept())
                .as("signed out: only the wrapped data key stays, the visits cannot be read")
                .isEqualTo("wrapped=true session=0");
    }

    /** Whether the wrapped data key is kept, and how many unwrapped session keys. */
    private static String keysKept() {
        return String.valueOf(js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const open = indexedDB.open('vigil-offline');"
                + "open.onsuccess = () => { const db = open.result;"
                + " const t = db.transaction(['meta', 'session'], 'readonly'); let wrapped; let session;"
                + " t.objectStore('meta').get('dataKey').onsuccess = (e) => { wrapped = e.target.result != null; };"
                + " t.objectStore('session').count().onsuccess = (e) => { session = e.target.result; };"
                + " t.oncomplete = () => { db.close(); done('wrapped=' + wrapped + ' session=' + session); }; };"));
    }

    /**
     * Each journey starts on a fresh tablet: the network back on and the page's IndexedDB emptied, so that a journey
     * stopped half-way (offline, records waiting) cannot decide the next one's outcome.
     */
    @AfterEach
    void aFreshTabletForTheNextJourney() {
        try {
            network(true);
        } catch (RuntimeException noPageToAsk) {
            // the network is switched on all the same; only the page's confirmation was missing
        }
        URI base = URI.create(Vigil.baseUrl());
        String origin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "indexeddb"));
    }

    private static void openTheForm() {
        browser.signIn(DemoAccount.INSPECTOR);
        browser.open("/field/index.html");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='true']")));
        browser.waitFor(
                d -> Boolean.TRUE.equals(js().executeScript("return navigator.serviceWorker.controller != null")));
        assertThat(browser.language()).isEqualTo("vi");
    }

    /** Opens a visit's form and waits until it is drawn whole (it is read from IndexedDB first). */
    private static void openRecord(long visit) {
        browser.driver().findElement(By.id("open-" + visit)).click();
        browser.waitFor(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#form[data-visit='" + visit + "'] #save")));
    }

    private static void takeOffline(LocalDate from) {
        js().executeScript("document.getElementById('from').value = arguments[0]", from.toString());
        browser.driver().findElement(By.id("takeOffline")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Đã tải"));
    }

    private static WebElement visitRow(long visit) {
        return browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("visit-" + visit)));
    }

    /** Switches the page's network off or on (DevTools protocol), as a tablet losing its connection. */
    private static void network(boolean online) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        browser.waitFor(d -> Boolean.valueOf(online).equals(js().executeScript("return navigator.onLine")));
    }

    /** Whether a request of the page fails for want of a network. */
    private static boolean offline() {
        Object failed = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/me', {cache: 'no-store'}).then(() => done(false), () => done(true));");
        return Boolean.TRUE.equals(failed);
    }

    /** Answers every item of the visit's checklist; returns the number of photos taken for it. */
    private static int answerEveryChecklistItem() throws IOException {
        for (WebElement select : browser.all(By.cssSelector("#checklist select[data-type='YES_NO']"))) {
            new Select(select).selectByValue("true");
        }
        for (WebElement number : browser.all(By.cssSelector("#checklist input[data-type='NUMBER']"))) {
            number.sendKeys("1");
        }
        for (WebElement text : browser.all(By.cssSelector("#checklist textarea[data-type='TEXT']"))) {
            text.sendKeys("Đạt");
        }
        List<WebElement> photos = browser.all(By.cssSelector("#checklist span[data-type='PHOTO'] input[type='file']"));
        for (WebElement photo : photos) {
            takePhoto(photo.getAttribute("id"));
        }
        return photos.size();
    }

    /** The camera input given a photo file, as a tablet's camera hands one in. */
    private static void takePhoto(String inputId) throws IOException {
        Path file = Files.createTempFile("anh-hien-truong", ".png");
        Files.write(file, VisitRecords.png());
        WebElement count = browser.driver().findElement(By.id(inputId + "-count"));
        String before = count.getText();
        browser.driver().findElement(By.id(inputId)).sendKeys(file.toString());
        browser.waitFor(
                d -> !before.equals(d.findElement(By.id(inputId + "-count")).getText()));
    }

    /** Everything the tablet stores for the form, as stored (sealed), in text: what someone reading it would see. */
    private static String storedText() {
        return String.valueOf(js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const open = indexedDB.open('vigil-offline');"
                + "open.onsuccess = () => { const db = open.result; const out = [];"
                + " const t = db.transaction(['bundle', 'records', 'photos'], 'readonly');"
                + " for (const name of ['bundle', 'records', 'photos']) {"
                + "  t.objectStore(name).getAll().onsuccess = (e) => e.target.result.forEach((v) => out.push(v)); }"
                + " t.oncomplete = () => { db.close(); const dec = new TextDecoder('utf-8');"
                + "  const texts = []; const walk = (v) => { if (v instanceof ArrayBuffer) texts.push(dec.decode(v));"
                + "   else if (ArrayBuffer.isView(v)) texts.push(dec.decode(v));"
                + "   else if (v && typeof v === 'object') Object.values(v).forEach(walk); else texts.push(String(v)); };"
                + "  walk(out); done(texts.join('|') + '|size=' + texts.join('').length); }; };"));
    }

    /** The bytes the form's IndexedDB holds (sealed records, photos, bundle and wrapped key). */
    private static long storedSize() {
        Object size = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/resources/js/offline/vault.js').then((m) => m.storedBytes()).then(done, (e) => done(-1));");
        return ((Number) size).longValue();
    }

    private static void recordMeasure(String what, long bytes) throws IOException {
        String size = bytes + " B";
        Object estimate = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.storage.estimate().then((e) => done(JSON.stringify(e)), () => done('?'));");
        String line = what + ": " + size + "; navigator.storage.estimate(): " + estimate;
        System.out.println("[offline size] " + line);
        Path out = Paths.get("target/offline-size.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                line + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private static JsonObject referralOf(long visit) {
        HttpResponse<String> pending =
                Vigil.get(IndicatorReferralIT.REFERRALS, "Authorization", DemoAccount.CASE_WORKER.basicAuth());
        return Vigil.json(pending).asJsonObject().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("visitId").longValue() == visit)
                .findFirst()
                .orElse(null);
    }

    /** One visit of the demo team on each of twenty days in a row (a random stretch no visit of it used before). */
    private static LocalDate twentyVisitsOnTwentyDays() {
        for (int attempt = 0; attempt < 5; attempt++) {
            LocalDate first = LocalDate.of(2022, 1, 3)
                    .plusDays(ThreadLocalRandom.current().nextInt(4 * 365));
            HttpResponse<String> mine = Vigil.get(
                    "/api/v1/visits/mine?from=" + first + "&to=" + first.plusDays(60), "Authorization", INSPECTOR);
            if (!Vigil.json(mine).asJsonArray().isEmpty()) {
                continue;
            }
            List<Long> made = new ArrayList<>();
            for (int day = 0; day < 20; day++) {
                LocalDateTime start = first.plusDays(day).atTime(9, 0);
                HttpResponse<String> scheduled = Vigil.sendJson(
                        "POST",
                        "/api/v1/visits",
                        "{\"establishmentId\":" + establishment(day) + ",\"teamId\":" + VisitRecords.team()
                                + ",\"kind\":\"UNANNOUNCED\",\"start\":\"" + start + "\",\"end\":\""
                                + start.plusHours(2) + "\"}",
                        "Authorization",
                        LEAD);
                if (scheduled.statusCode() == 201) {
                    made.add(Vigil.json(scheduled)
                            .asJsonObject()
                            .getJsonNumber("id")
                            .longValue());
                }
            }
            if (made.size() == 20) {
                return first;
            }
        }
        throw new AssertionError("could not schedule twenty visits of the demo team");
    }

    private static long establishment(int page) {
        HttpResponse<String> found =
                Vigil.get("/api/v1/establishments?status=OPERATING&size=1&page=" + page, "Authorization", LEAD);
        return Vigil.json(found)
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }
}
