package org.shuangsheng.notification;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.shuangsheng.notification.internal.MessageStore;
import org.shuangsheng.notification.internal.NotificationText;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.RegionPath;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.Violations;
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
    private final Validator validator;

    Notifications(MessageStore store, Clock clock, Validator validator) {
        this.store = store;
        this.clock = clock;
        this.validator = validator;
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
        Violations violations = Violations.of(validator, request);
        // Who it is for takes two fields: an account, or else a role.
        String username = TypedText.stripped(request.recipientUsername());
        if (username == null && request.recipientRole() == null) {
            violations.add("recipient", "notification.recipient.required");
        } else if (username != null && username.length() > MAX_USERNAME) {
            violations.add("recipient", "notification.recipient.invalid");
        }
        violations.throwIfAny();
        EnumSet<Channel> channels = EnumSet.of(Channel.IN_APP);
        if (request.channels() != null) {
            request.channels().stream().filter(java.util.Objects::nonNull).forEach(channels::add);
        }
        String regionPath = TypedText.stripped(request.regionPath());
        return store.insert(clock.instant(), username, request.recipientRole(),
                regionPath == null ? null : RegionPath.of(regionPath).value(),
                NotificationText.subject(request.subject()), NotificationText.body(request.body()),
                TypedText.stripped(request.dedupKey()), channels);
    }

    /**
     * Replaces the subject and body of the messages sent under these dedup keys, when what they
     * said may no longer be kept (the retention purge); who got them and when stays. Joins the
     * caller's transaction.
     *
     * @return how many messages were changed
     * @throws InvalidInputException naming {@code subject} or {@code body} when one breaks the
     *         rule of a {@link NotificationRequest}'s
     */
    @Transactional
    public int redact(java.util.Collection<String> dedupKeys, String subject, String body) {
        Set<ConstraintViolation<NotificationRequest>> refused = new LinkedHashSet<>(
                validator.validateValue(NotificationRequest.class, "subject", subject));
        refused.addAll(validator.validateValue(NotificationRequest.class, "body", body));
        if (!refused.isEmpty()) {
            throw new InvalidInputException(Violations.translate(refused));
        }
        return store.redact(dedupKeys, NotificationText.subject(subject), NotificationText.body(body));
    }
}
