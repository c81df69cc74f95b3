package fr.amiengine.meetings;

import fr.amiengine.campaign.Campaign;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A day where the laureates of a campaign meet public buyers (the 2025 AMI's « rencontre »), in a place, by visio, or
 * both, divided into slots. An administrator opens it before or after the panorama's publication; buyers ask for a
 * slot only once the panorama is published, since its laureates are the ones they meet.
 */
@Entity
@Table(name = "meeting_day")
public class MeetingDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    /** The date, in Europe/Paris, of every slot. */
    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 500)
    public String place;

    @Column(name = "visio_url", length = 500)
    public String visioUrl;

    @OneToMany(mappedBy = "day", cascade = CascadeType.PERSIST)
    @OrderBy("startsAt")
    public List<MeetingSlot> slots = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Version
    public long version;
}
