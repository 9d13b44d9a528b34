package vn.lienthong.kernel.office;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UnitRepository extends CrudRepository<Unit, UUID> {

    List<Unit> findByJurisdictionId(UUID jurisdictionId);
}
