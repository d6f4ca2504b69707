package vn.dangbo.dashboard.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeRepository extends JpaRepository<PartyCommittee, Long> {
    Optional<PartyCommittee> findFirstByOrderByIdAsc();
}
