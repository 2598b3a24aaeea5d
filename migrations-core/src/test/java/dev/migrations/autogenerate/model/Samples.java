package dev.migrations.autogenerate.model;

import dev.migrations.autogenerate.model.otherschema.AuditEvent;
import dev.migrations.autogenerate.model.otherschema.AuditedMood;
import org.hibernate.SessionFactory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One instance of every entity of the rich model: persisted in one session, read back in another. */
public final class Samples {

    private Samples() {
    }

    /**
     * Persists one of each entity in {@code entities} (and what they need), then reads each back by id and
     * checks what it holds.
     */
    public static void persistAndReadEach(SessionFactory sessions, List<Class<?>> entities) {
        Map<Class<?>, Object> ids = new LinkedHashMap<>();
        sessions.inTransaction(session -> {
            Tag tag = new Tag();
            tag.label = "vip";
            session.persist(tag);
            Customer customer = new Customer();
            customer.email = "ada@example.com";
            customer.name = "Ada";
            customer.loyaltyPoints = 7;
            customer.homeAddress = new Address("1 Main St", "Springfield", "12345");
            customer.billingAddress = new Address(null, "Shelbyville", null);
            customer.tags.add(tag);
            customer.phones.addAll(List.of("+1 555 0100", "+1 555 0101"));
            session.persist(customer);
            ids.put(Tag.class, tag.id);
            ids.put(Customer.class, customer.id);

            if (entities.contains(TypeSampler.class)) {
                TypeSampler sampler = new TypeSampler();
                sampler.text = "text";
                sampler.longText = "a long text ".repeat(100);
                sampler.largeBytes = "blob".getBytes(StandardCharsets.UTF_8);
                sampler.bytes = new byte[] {1, 2, 3};
                sampler.intValue = 1;
                sampler.boxedInt = 2;
                sampler.longValue = 3L;
                sampler.smallCount = 4;
                sampler.amount = new BigDecimal("12.34");
                sampler.price = new BigDecimal("1.235");
                sampler.doubleValue = 1.5;
                sampler.floatValue = 2.5f;
                sampler.flag = true;
                sampler.maybe = null;
                sampler.uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
                sampler.localDate = LocalDate.of(2026, 1, 31);
                sampler.localTime = LocalTime.of(12, 30, 15);
                sampler.localStamp = LocalDateTime.of(2026, 1, 31, 12, 30, 15, 123_456_000);
                sampler.offsetStamp = OffsetDateTime.of(2026, 1, 31, 12, 30, 15, 0, ZoneOffset.UTC);
                sampler.instant = Instant.parse("2026-01-31T12:30:15.123456Z");
                sampler.duration = Duration.ofMinutes(90);
                sampler.priority = Priority.HIGH;
                session.persist(sampler);
                ids.put(TypeSampler.class, sampler.id);
            }

            Car car = new Car();
            car.plate = "CAR-1";
            car.seats = 5;
            session.persist(car);
            Truck truck = new Truck();
            truck.plate = "TRK-1";
            truck.payloadTons = new BigDecimal("7.50");
            session.persist(truck);
            ids.put(Car.class, car.id);
            ids.put(Truck.class, truck.id);

            CardPayment card = new CardPayment();
            card.total = new BigDecimal("9.99");
            card.lastDigits = "4242";
            card.payer = customer;
            session.persist(card);
            Payment cash = new Payment();
            cash.total = new BigDecimal("1.00");
            session.persist(cash);
            ids.put(Payment.class, cash.id);
            BankTransfer transfer = new BankTransfer();
            transfer.total = new BigDecimal("100.00");
            transfer.iban = "DE89370400440532013000";
            session.persist(transfer);
            ids.put(CardPayment.class, card.id);
            ids.put(BankTransfer.class, transfer.id);

            Invoice invoice = new Invoice();
            invoice.issued = LocalDate.of(2026, 2, 1);
            invoice.due = new BigDecimal("50.00");
            session.persist(invoice);
            Receipt receipt = new Receipt();
            receipt.issued = LocalDate.of(2026, 2, 2);
            receipt.signedBy = "Bob";
            session.persist(receipt);
            ids.put(Invoice.class, invoice.id);
            ids.put(Receipt.class, receipt.id);

            PurchaseOrder order = new PurchaseOrder();
            order.orderNumber = "PO-1";
            order.reference = "REF-1";
            order.placedAt = LocalDateTime.of(2026, 3, 1, 9, 0);
            order.customer = customer;
            session.persist(order);
            OrderLine line = new OrderLine();
            line.id = new OrderLineId(null, 1);
            line.purchaseOrder = order;
            line.quantity = 3;
            line.unitPrice = 5;
            session.persist(line);
            ids.put(PurchaseOrder.class, order.id);
            ids.put(OrderLine.class, new OrderLineId(order.id, 1));

            Enrollment enrollment = new Enrollment();
            enrollment.student = 42L;
            enrollment.course = "CS101";
            enrollment.enrolledOn = LocalDate.of(2026, 9, 1);
            session.persist(enrollment);
            ids.put(Enrollment.class, new EnrollmentId(42L, "CS101"));
            Grade grade = new Grade();
            grade.enrollment = enrollment;
            grade.score = 90;
            session.persist(grade);
            ids.put(Grade.class, grade.id);

            Profile profile = new Profile();
            profile.nickname = "ada";
            profile.customer = customer;
            session.persist(profile);
            ids.put(Profile.class, profile.id);

            if (entities.contains(Listing.class)) {
                Listing listing = new Listing();
                listing.featured = true;
                listing.status = Status.ARCHIVED;
                session.persist(listing);
                ids.put(Listing.class, listing.id);
            }
            if (entities.contains(Bookmark.class)) {
                Bookmark bookmark = new Bookmark();
                bookmark.url = "https://example.com";
                bookmark.attributes = Map.of("title", "Example", "visits", 3, "tags", List.of("a", "b"));
                bookmark.keywords = new String[] {"docs", "it's"};
                bookmark.ratings = List.of(5, 3);
                session.persist(bookmark);
                ids.put(Bookmark.class, bookmark.id);
            }
            if (entities.contains(QuotedUser.class)) {
                QuotedUser user = new QuotedUser();
                user.id = 9L;
                user.displayName = "Grace H.";
                user.order = 2;
                session.persist(user);
            }
            if (entities.contains(AuditEvent.class)) {
                AuditEvent event = new AuditEvent();
                event.id = 7L;
                event.action = "signed in";
                session.persist(event);
            }
            if (entities.contains(AuditedMood.class)) {
                AuditedMood audited = new AuditedMood();
                audited.id = 8L;
                audited.mood = Mood.SAD;
                session.persist(audited);
            }
            if (entities.contains(MoodEntry.class)) {
                MoodEntry mood = new MoodEntry();
                mood.mood = Mood.CALM;
                session.persist(mood);
                ids.put(MoodEntry.class, mood.id);
            }
        });
        sessions.inTransaction(session -> {
            Customer customer = session.find(Customer.class, ids.get(Customer.class));
            assertThat(customer.email).isEqualTo("ada@example.com");
            assertThat(customer.homeAddress.city).isEqualTo("Springfield");
            assertThat(customer.billingAddress.city).isEqualTo("Shelbyville");
            assertThat(customer.tags).extracting(t -> t.label).containsExactly("vip");
            assertThat(customer.phones).containsExactly("+1 555 0100", "+1 555 0101");
            assertThat(session.find(Tag.class, ids.get(Tag.class)).label).isEqualTo("vip");

            if (entities.contains(TypeSampler.class)) {
                TypeSampler sampler = session.find(TypeSampler.class, ids.get(TypeSampler.class));
                assertThat(sampler.state).isEqualTo("new");
                assertThat(sampler.longText).isEqualTo("a long text ".repeat(100));
                assertThat(sampler.largeBytes).isEqualTo("blob".getBytes(StandardCharsets.UTF_8));
                assertThat(sampler.bytes).containsExactly(1, 2, 3);
                assertThat(sampler.price).isEqualByComparingTo("1.235");
                assertThat(sampler.floatValue).isEqualTo(2.5f);
                assertThat(sampler.uuid).hasToString("123e4567-e89b-12d3-a456-426614174000");
                assertThat(sampler.localTime).isEqualTo(LocalTime.of(12, 30, 15));
                assertThat(sampler.localStamp).isEqualTo(LocalDateTime.of(2026, 1, 31, 12, 30, 15, 123_456_000));
                assertThat(sampler.offsetStamp.toInstant()).isEqualTo(Instant.parse("2026-01-31T12:30:15Z"));
                assertThat(sampler.instant).isEqualTo(Instant.parse("2026-01-31T12:30:15.123456Z").truncatedTo(ChronoUnit.MICROS));
                assertThat(sampler.duration).isEqualTo(Duration.ofMinutes(90));
                assertThat(sampler.priority).isEqualTo(Priority.HIGH);
            }

            assertThat(((Car) session.find(Vehicle.class, ids.get(Car.class))).seats).isEqualTo(5);
            assertThat(session.find(Truck.class, ids.get(Truck.class)).payloadTons).isEqualByComparingTo("7.5");
            assertThat(((CardPayment) session.find(Payment.class, ids.get(CardPayment.class))).lastDigits).isEqualTo("4242");
            assertThat(session.find(Payment.class, ids.get(Payment.class)).total).isEqualByComparingTo("1");
            assertThat(session.find(BankTransfer.class, ids.get(BankTransfer.class)).iban).startsWith("DE89");
            assertThat(((Invoice) session.find(Document.class, ids.get(Invoice.class))).due).isEqualByComparingTo("50");
            assertThat(session.find(Receipt.class, ids.get(Receipt.class)).signedBy).isEqualTo("Bob");
            assertThat(session.find(PurchaseOrder.class, ids.get(PurchaseOrder.class)).customer.id)
                    .isEqualTo(ids.get(Customer.class));
            OrderLine line = session.find(OrderLine.class, ids.get(OrderLine.class));
            assertThat(line.quantity).isEqualTo(3);
            assertThat(line.lineTotal).as("computed by the database").isEqualTo(15);
            assertThat(session.find(Enrollment.class, ids.get(Enrollment.class)).enrolledOn).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(session.find(Grade.class, ids.get(Grade.class)).enrollment.course).isEqualTo("CS101");
            assertThat(session.find(Profile.class, ids.get(Profile.class)).customer.email).isEqualTo("ada@example.com");
            if (entities.contains(Listing.class)) {
                assertThat(session.find(Listing.class, ids.get(Listing.class)).status).isEqualTo(Status.ARCHIVED);
            }
            if (entities.contains(Bookmark.class)) {
                Bookmark bookmark = session.find(Bookmark.class, ids.get(Bookmark.class));
                assertThat(bookmark.attributes).containsEntry("title", "Example").containsEntry("visits", 3)
                        .containsEntry("tags", List.of("a", "b"));
                assertThat(bookmark.keywords).containsExactly("docs", "it's");
                assertThat(bookmark.ratings).containsExactly(5, 3);
            }
            if (entities.contains(AuditEvent.class)) {
                assertThat(session.find(AuditEvent.class, 7L).action).isEqualTo("signed in");
            }
            if (entities.contains(QuotedUser.class)) {
                QuotedUser user = session.find(QuotedUser.class, 9L);
                assertThat(user.displayName).isEqualTo("Grace H.");
                assertThat(user.order).isEqualTo(2);
            }
            if (entities.contains(AuditedMood.class)) {
                assertThat(session.find(AuditedMood.class, 8L).mood).isEqualTo(Mood.SAD);
            }
            if (entities.contains(MoodEntry.class)) {
                assertThat(session.find(MoodEntry.class, ids.get(MoodEntry.class)).mood).isEqualTo(Mood.CALM);
            }
        });
    }
}
