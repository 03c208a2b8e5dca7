package dev.tandem.app.sync;

import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * An OpenAI-compatible endpoint for queue tests: lists one model, answers memory requests with the
 * JSON it is given and every other chat with a short reply; counts the replies it gave.
 */
public final class ScriptedPartnerServer extends Dispatcher {

    final AtomicInteger replies = new AtomicInteger();
    volatile String memoriesJson = "{\"memories\": [{\"kind\": \"preference\", \"text\": \"Likes to plan on Sundays\","
            + " \"sentence\": \"I plan on Sundays.\"}]}";
    volatile long replyDelayMillis;

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        if (path.endsWith("/models")) {
            return new MockResponse.Builder().code(200).body("{\"data\":[{\"id\":\"m\"}]}").build();
        }
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        String content = body.contains("propose memories worth keeping") ? memoriesJson.replace("\"", "\\\"")
                : "Here is a plan for your week [M1].";
        if (!body.contains("propose memories worth keeping")) {
            replies.incrementAndGet();
            if (replyDelayMillis > 0) {
                Thread.sleep(replyDelayMillis);
            }
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":\"stop\"}]}"
                        + "\n\ndata: [DONE]\n\n").build();
    }
}
