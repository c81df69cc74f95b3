package fr.amiengine.shared;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The settings of the application as a whole ({@code ami.*}), each with its one default. A feature's own settings
 * sit in the feature's mapping beside its code, under their own prefix: {@code ami.http} ({@link HttpLimits}),
 * {@code ami.web}, {@code ami.attachments}, {@code ami.admissibility}, {@code ami.demo}.
 */
@ConfigMapping(prefix = "ami")
public interface AmiConfig {

    /**
     * The address at which people reach the application, without a trailing slash: the links of the mails and of
     * the decision letters start with it ({@code AMI_PUBLIC_URL}).
     */
    @WithDefault("http://127.0.0.1:8080")
    String publicUrl();

    /** Settings of the mails the application sends. */
    Mail mail();

    /** Whom candidates write to when a campaign names no contact of its own. */
    Contact contact();

    /** Keycloak, beyond the OIDC settings of Quarkus. */
    Keycloak keycloak();

    /** The solvers of the assignment and the selection. */
    Solver solver();

    /** {@code ami.solver.*} */
    interface Solver {

        /**
         * Above this size (files × declared members), an assignment asked again by an administrator is calculated
         * on the job executor, and the page shows its progress, instead of inside the request. OR-Tools solves
         * 4,350 × 60 in 0.1 s and 43,500 × 120 in 5 s (docs/performance.md): the default keeps a call of ten times
         * 2025 in the request and puts a hundred times 2025 in the background.
         */
        @WithDefault("1000000")
        long backgroundAbove();

        /**
         * Above this number of ranked files, a selection asked again by an administrator is calculated on the job
         * executor, and the page shows its progress, instead of inside the request. CP-SAT makes its three solves of
         * 4,350 files in 0.8 s and of 43,500 files in 49 s (docs/performance.md): the default keeps ten times 2025 in
         * the request and puts a hundred times 2025 in the background.
         */
        @WithDefault("5000")
        long selectionBackgroundAbove();

        /**
         * How many eligible files per track the deliberation's first, automatic proposal puts on the waiting list
         * (an administrator may ask for another number when recomputing). None by default; the demo keeps two, so
         * that a laureate's renunciation has a file to promote (fr.amiengine.waitlist).
         */
        @WithDefault("0")
        int initialWaitlist();
    }

    /** {@code ami.mail.*} */
    interface Mail {

        /**
         * The domain of the {@code Message-ID} of every mail ({@code <kind.reference@domain>}), which makes a mail
         * sent twice recognisable as the same message: the application's own mail domain ({@code AMI_MAIL_DOMAIN}).
         */
        @WithDefault("ami-engine.example")
        String domain();
    }

    /**
     * {@code ami.contact.*}: the platform's team, named on the receipts of the campaigns created without a contact
     * (before issue #14, or through the API without one) ({@code AMI_CONTACT_SERVICE}, {@code AMI_CONTACT_EMAIL}).
     */
    interface Contact {

        @WithDefault("L’équipe de la plateforme AMI")
        String service();

        @WithDefault("contact@ami-engine.example")
        String email();
    }

    /** {@code ami.keycloak.*} */
    interface Keycloak {

        /**
         * Keycloak's base address, for its admin API (inviting committee members): the REST client
         * {@code keycloak-admin} is pointed at it in application.properties ({@code AMI_KEYCLOAK_URL}).
         */
        @WithDefault("http://127.0.0.1:8180")
        String url();
    }
}
