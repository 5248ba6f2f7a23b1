package ma.commune.portal.requests.boundary;

import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.RefusalGround;
import ma.commune.portal.shared.Language;

/**
 * The short texts the requester receives, in the language they used (Tamazight readers get the Arabic
 * text until a Tifinagh wording exists). Plain text; no personal data beyond the tracking code.
 */
final class CaseLetters {

    record Letter(String subject, String body) {
    }

    private CaseLetters() {
    }

    static Letter acknowledgement(CitizenCase c, String due) {
        return french(c.getLanguage())
                ? new Letter("Votre demande " + c.getTrackingCode() + " est enregistrée",
                        "Bonjour,\n\nLa commune a bien reçu votre demande. Son code de suivi est " + c.getTrackingCode()
                                + ".\nRéponse attendue au plus tard le " + due + ".\nSuivez-la sur le portail, page « Suivre ma demande ».\n")
                : new Letter("تم تسجيل طلبكم " + c.getTrackingCode(),
                        "السلام عليكم،\n\nتوصلت الجماعة بطلبكم. رمز التتبع هو " + c.getTrackingCode()
                                + ".\nالأجل الأقصى للجواب: " + due + ".\nيمكنكم تتبعه في البوابة، صفحة «تتبع طلبي».\n");
    }

    static Letter statusChanged(CitizenCase c, String reason) {
        String status = status(c.getStatus(), c.getLanguage());
        String why = reason == null ? "" : (french(c.getLanguage()) ? "\nMotif : " : "\nالسبب: ") + reason;
        return french(c.getLanguage())
                ? new Letter("Votre demande " + c.getTrackingCode() + " : " + status,
                        "Bonjour,\n\nVotre demande " + c.getTrackingCode() + " est maintenant : " + status + "." + why + "\n")
                : new Letter("طلبكم " + c.getTrackingCode() + ": " + status,
                        "السلام عليكم،\n\nأصبحت حالة طلبكم " + c.getTrackingCode() + ": " + status + "." + why + "\n");
    }

    static Letter answer(CitizenCase c, String text) {
        return french(c.getLanguage())
                ? new Letter("Réponse à votre demande " + c.getTrackingCode(), "Bonjour,\n\n" + text + "\n")
                : new Letter("جواب على طلبكم " + c.getTrackingCode(), "السلام عليكم،\n\n" + text + "\n");
    }

    static Letter extension(CitizenCase c, String notice, String due) {
        return french(c.getLanguage())
                ? new Letter("Votre demande " + c.getTrackingCode() + " : délai prolongé",
                        "Bonjour,\n\nLe délai de réponse à votre demande " + c.getTrackingCode() + " est prolongé une fois, jusqu'au "
                                + due + ".\nMotif : " + notice + "\n")
                : new Letter("طلبكم " + c.getTrackingCode() + ": تمديد الأجل",
                        "السلام عليكم،\n\nتم تمديد أجل الجواب على طلبكم " + c.getTrackingCode() + " مرة واحدة إلى غاية " + due
                                + ".\nالتعليل: " + notice + "\n");
    }

    static Letter refusal(CitizenCase c, RefusalGround ground, String text) {
        return french(c.getLanguage())
                ? new Letter("Votre demande " + c.getTrackingCode() + " : refus motivé",
                        "Bonjour,\n\nVotre demande d'information " + c.getTrackingCode() + " ne peut être satisfaite (loi 31.13, article 7 : "
                                + ground.name() + ").\n" + text
                                + "\nVous pouvez adresser une réclamation au président de la commune dans les 20 jours ouvrables.\n")
                : new Letter("طلبكم " + c.getTrackingCode() + ": رفض معلل",
                        "السلام عليكم،\n\nتعذرت الاستجابة لطلب المعلومات " + c.getTrackingCode() + " (القانون 31.13، المادة 7: "
                                + ground.name() + ").\n" + text + "\nيمكنكم تقديم شكاية إلى رئيس الجماعة داخل أجل 20 يوم عمل.\n");
    }

    /** The line every email ends with: where to follow the case. */
    static String whereToTrack(Language language, String trackingPage) {
        return french(language)
                ? "\nSuivre votre demande : " + trackingPage + "\n"
                : "\nتتبع طلبكم: " + trackingPage + "\n";
    }

    /** The requester's complaint to the head of the commune (law 31.13, article 19) is received. */
    static Letter appealReceived(CitizenCase c, String due) {
        return french(c.getLanguage())
                ? new Letter("Votre réclamation sur la demande " + c.getTrackingCode() + " est enregistrée",
                        "Bonjour,\n\nVotre réclamation au président de la commune sur la demande d'information " + c.getTrackingCode()
                                + " est enregistrée (loi 31.13, article 19).\nRéponse attendue au plus tard le " + due + ".\n")
                : new Letter("تم تسجيل شكايتكم بخصوص الطلب " + c.getTrackingCode(),
                        "السلام عليكم،\n\nتم تسجيل شكايتكم إلى رئيس الجماعة بخصوص طلب المعلومات " + c.getTrackingCode()
                                + " (القانون 31.13، المادة 19).\nالأجل الأقصى للجواب: " + due + ".\n");
    }

    private static boolean french(Language language) {
        return language == Language.FR;
    }

    static String status(CaseStatus status, Language language) {
        boolean fr = french(language);
        return switch (status) {
            case RECEIVED -> fr ? "reçue" : "متوصل بها";
            case ACKNOWLEDGED -> fr ? "prise en compte" : "قيد الدراسة";
            case IN_PROGRESS -> fr ? "en cours de traitement" : "قيد المعالجة";
            case WAITING_FOR_REQUESTER -> fr ? "en attente de votre réponse" : "في انتظار جوابكم";
            case RESOLVED -> fr ? "résolue" : "تمت معالجتها";
            case REJECTED -> fr ? "rejetée" : "مرفوضة";
            case CLOSED -> fr ? "clôturée" : "مغلقة";
            case EXTENDED -> fr ? "délai prolongé" : "تم تمديد الأجل";
            case ANSWERED -> fr ? "répondue" : "تم الجواب";
            case PARTIALLY_ANSWERED -> fr ? "répondue en partie" : "تم الجواب جزئيا";
            case REFUSED -> fr ? "refusée" : "مرفوضة";
            case APPEALED -> fr ? "en réclamation" : "موضوع شكاية";
        };
    }
}
