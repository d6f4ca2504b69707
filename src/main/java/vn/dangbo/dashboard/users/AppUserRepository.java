package vn.dangbo.dashboard.users;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    List<AppUser> findAllByOrderByUsernameAsc();

    @Query("select c.code from vn.dangbo.dashboard.organisation.Cell c where c.id = :id")
    Optional<String> cellCode(@Param("id") @Nullable Long id);

    @Query("select c.id from vn.dangbo.dashboard.organisation.Cell c where c.code = :code")
    Optional<Long> cellId(@Param("code") String code);

    @Query(value = "select committee_id from cell where id = :id", nativeQuery = true)
    Long cellCommittee(@Param("id") Long id);
}
