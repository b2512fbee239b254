package org.bawaba.eid.simulator.app;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.document.FaceImages;
import org.bawaba.eid.simulator.document.Presentation;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.bawaba.eid.simulator.forgery.Forger;
import org.bawaba.eid.simulator.pki.TestPki;

/**
 * The phone app's whole journey, in one line of a test:
 * <pre>
 *   Outcome outcome = SignIn.genuine(link, document).withSelfie(Selfie.SAME).run();
 *   Outcome refused = SignIn.forged(link, pki, spec, ForgedVariant.WRONG_CSCA).run();
 * </pre>
 * {@link #run()} fetches the transaction (a fresh challenge each time), has the chip answer that challenge, sends
 * what the transaction asks for and nothing more (the requested data groups the document has, the Active
 * Authentication answer only when asked, the selfie only when asked), and returns the server's {@link Outcome},
 * whatever its status: a transaction that could not be fetched (401, 409, 410, 429) gives that answer's outcome.
 * Instances are immutable: each {@code with...} returns a new one.
 */
public final class SignIn {

    /** What the selfie {@link Selfie#OTHER} adds to the holder's face seed. */
    public static final long OTHER_FACE_OFFSET = 7919L;

    private final HolderLink link;
    private final Function<byte[], Presentation> chip;
    private final long faceSeed;
    private final Selfie selfie;
    private final byte[] selfieImage;
    private final HttpClient client;
    private final Consumer<Transaction> onTransaction;

    private SignIn(HolderLink link, Function<byte[], Presentation> chip, long faceSeed, Selfie selfie,
            byte[] selfieImage, HttpClient client, Consumer<Transaction> onTransaction) {
        this.link = link;
        this.chip = chip;
        this.faceSeed = faceSeed;
        this.selfie = selfie;
        this.selfieImage = selfieImage;
        this.client = client;
        this.onTransaction = onTransaction;
    }

    /**
     * The holder of {@code document} signs in with it: the chip answers the server's challenge.
     *
     * @param link the link the sign-in page shows ({@link HolderLink#parse} rules)
     */
    public static SignIn genuine(String link, ChipDocument document) {
        Objects.requireNonNull(document, "document");
        return new SignIn(HolderLink.parse(link), document::present, document.spec().faceSeed(), Selfie.SAME, null,
                null, transaction -> { });
    }

    /**
     * Someone signs in with a forged document: {@link Forger#forge} of {@code spec}, with the document signers of
     * {@code pki}, answering the server's challenge (a fresh document for each {@link #run()}).
     */
    public static SignIn forged(String link, TestPki pki, DocumentSpec spec, ForgedVariant variant) {
        Objects.requireNonNull(variant, "variant");
        SecureRandom random = new SecureRandom();
        Forger forger = new Forger(Objects.requireNonNull(pki, "pki"),
                new DocumentFactory(random, Clock.systemUTC()), random);
        return new SignIn(HolderLink.parse(link),
                challenge -> forger.forge(variant, spec, challenge, LocalDate.now(ZoneOffset.UTC)), spec.faceSeed(),
                Selfie.SAME, null, null, transaction -> { });
    }

    /** Which selfie to send when the transaction asks for one ({@link Selfie#SAME} unless told). */
    public SignIn withSelfie(Selfie choice) {
        return new SignIn(link, chip, faceSeed, Objects.requireNonNull(choice, "choice"), null, client,
                onTransaction);
    }

    /** This image as the selfie (sent as {@code image/jpeg}) when the transaction asks for one, e.g. an oversized one. */
    public SignIn withSelfieImage(byte[] jpeg) {
        return new SignIn(link, chip, faceSeed, selfie, jpeg.clone(), client, onTransaction);
    }

    /** Calls the API through {@code httpClient} (e.g. one that trusts a test server's certificate). */
    public SignIn withHttpClient(HttpClient httpClient) {
        return new SignIn(link, chip, faceSeed, selfie, selfieImage, Objects.requireNonNull(httpClient, "httpClient"),
                onTransaction);
    }

    /** Shows {@code listener} each transaction fetched, before the presentation is sent (service, code, limits). */
    public SignIn onTransaction(Consumer<Transaction> listener) {
        return new SignIn(link, chip, faceSeed, selfie, selfieImage, client,
                onTransaction.andThen(Objects.requireNonNull(listener, "listener")));
    }

    /** The journey: fetch, read the chip, present. Each run fetches a new challenge. */
    public Outcome run() {
        HolderApp app = client == null ? new HolderApp(link) : new HolderApp(link, client);
        Transaction transaction;
        try {
            transaction = app.fetchTransaction();
        } catch (HolderApiException e) {
            return e.outcome();
        }
        onTransaction.accept(transaction);
        Presentation read = chip.apply(transaction.challenge());
        return app.present(asRequested(read, transaction), transaction.selfie() ? selfie(read) : null);
    }

    /** The presentation cut to what the transaction asks for. */
    static Presentation asRequested(Presentation read, Transaction transaction) {
        Map<Integer, byte[]> dataGroups = read.dataGroups();
        dataGroups.keySet().retainAll(transaction.dataGroups());
        return new Presentation(read.sod(), dataGroups, read.challenge(),
                transaction.activeAuthentication() ? read.aaResponse() : null);
    }

    private byte[] selfie(Presentation read) {
        if (selfieImage != null) {
            return selfieImage.clone();
        }
        return switch (selfie) {
            case SAME -> {
                byte[] dg2 = read.dataGroups().get(2);
                yield dg2 == null ? FaceImages.jpeg(faceSeed) : FaceImages.portrait(dg2);
            }
            case OTHER -> FaceImages.jpeg(faceSeed + OTHER_FACE_OFFSET);
            case NONE -> null;
        };
    }
}
