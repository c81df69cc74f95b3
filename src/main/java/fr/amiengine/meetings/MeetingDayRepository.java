package fr.amiengine.meetings;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MeetingDayRepository implements PanacheRepository<MeetingDay> {

    /** Every day, the next first. */
    public List<MeetingDay> all() {
        return list("select d from MeetingDay d join fetch d.campaign order by d.meetingDate, d.id");
    }

    /** The days of the campaigns whose panorama is published: the ones buyers may ask a slot of. */
    public List<MeetingDay> ofPublishedCampaigns() {
        return list("select d from MeetingDay d join fetch d.campaign c where c.publicationRevision > 0 order by d.meetingDate, d.id");
    }

    public List<MeetingDay> ofCampaign(String code) {
        return list("select d from MeetingDay d join fetch d.campaign c where c.code = ?1 order by d.meetingDate, d.id", code);
    }
}
