package org.bawaba.eid.signin.holder;

/**
 * What a phone without the Bawaba e-ID app shows when it opens the QR code's link: where to get the app, in the
 * three languages, and nothing of the transaction (its secret stays in the fragment, which the page never reads).
 */
final class AppLandingPage {

    private AppLandingPage() {
    }

    static String html() {
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>Bawaba — e-ID</title>
                </head>
                <body>
                <main>
                <h1>Bawaba — e-ID</h1>
                <p>Ce lien s'ouvre avec l'application Bawaba e-ID. Installez-la, puis scannez de nouveau le code QR affiché sur la page de connexion.</p>
                <p lang="ar" dir="rtl">يُفتح هذا الرابط بتطبيق بوابة للهوية الإلكترونية. ثبّت التطبيق، ثم امسح رمز QR المعروض على صفحة تسجيل الدخول مرة أخرى.</p>
                <p lang="en">This link opens with the Bawaba e-ID app. Install it, then scan the QR code on the sign-in page again.</p>
                </main>
                </body>
                </html>
                """;
    }
}
