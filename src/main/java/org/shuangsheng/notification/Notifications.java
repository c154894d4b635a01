package org.shuangsheng.notification;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.shuangsheng.notification.internal.MessageStore;
import org.shuangsheng.notification.internal.NotificationText;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.RegionPath;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications: writes the message and one delivery per channel to the outbox, in the
 * caller's transaction, so that a message exists exactly when the change that caused it
 * committed. Delivery happens later, by the dispatcher, with retries.
 *
 * <p>Any resident ID number or mobile number in the subject or body is masked before the
 * message is stored ({@code 230506********1234}, {@code 138****5678}): no channel ever carries one.
 */
@Service
public class Notifications {

    private static final int MAX_USERNAME = 64;

    private final MessageStore store;
    private final Clock clock;

    Notifications(MessageStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Puts a message in the outbox. Joins the caller's transaction (or runs in its own when there
     * is none).
     *
     * @return the new message's id; empty when a message with the same {@code dedupKey} exists
     * @throws InvalidInputException naming {@code recipient}, {@code subject}, {@code body},
     *         {@code regionPath} or {@code dedupKey} when one breaks a rule
     */
    @Transactional
    public Optional<Long> send(NotificationRequest request) {
        List<Violation> violations = new java.util.ArrayList<>();
        String username = blankToNull(request.recipientUsername());
        if (username == null && request.recipientRole() == null) {
            violations.add(new Violation("recipient", "notification.recipient.required"));
        } else if (username != null && username.length() > MAX_USERNAME) {
            violations.add(new Violation("recipient", "notification.recipient.invalid"));
        }
        String subject = NotificationText.subject(request.subject(), violations);
        String body = NotificationText.body(request.body(), violations);
        String regionPath = regionPath(request.regionPath(), violations);
        String dedupKey = blankToNull(request.dedupKey());
        if (dedupKey != null && dedupKey.length() > NotificationText.MAX_DEDUP_KEY) {
            violations.add(new Violation("dedupKey", "notification.dedupKey.tooLong", NotificationText.MAX_DEDUP_KEY));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        EnumSet<Channel> channels = EnumSet.of(Channel.IN_APP);
        if (request.channels() != null) {
            request.channels().stream().filter(java.util.Objects::nonNull).forEach(channels::add);
        }
        return store.insert(clock.instant(), username, request.recipientRole(),
                regionPath, subject, body, dedupKey, channels);
    }

    /**
     * Replaces the subject and body of the messages sent under these dedup keys, when what they
     * said may no longer be kept (the retention purge); who got them and when stays. Joins the
     * caller's transaction.
     *
     * @return how many messages were changed
     */
    @Transactional
    public int redact(java.util.Collection<String> dedupKeys, String subject, String body) {
        List<Violation> violations = new java.util.ArrayList<>();
        String checkedSubject = NotificationText.subject(subject, violations);
        String checkedBody = NotificationText.body(body, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return store.redact(dedupKeys, checkedSubject, checkedBody);
    }

    private static String regionPath(String value, List<Violation> violations) {
        String path = blankToNull(value);
        if (path == null) {
            return null;
        }
        try {
            return RegionPath.of(path).value();
        } catch (RuntimeException e) {
            violations.add(new Violation("regionPath", "notification.regionPath.invalid"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
