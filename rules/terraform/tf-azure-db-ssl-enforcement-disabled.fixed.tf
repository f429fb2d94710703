resource "azurerm_postgresql_server" "legacy" {
  name                         = "contoso-legacy-pg"
  location                     = azurerm_resource_group.data.location
  resource_group_name          = azurerm_resource_group.data.name
  sku_name                     = "GP_Gen5_2"
  version                      = "11"
  administrator_login          = "pgadmin"
  administrator_login_password = var.pg_password
  # ruleid: tf-azure-db-ssl-enforcement-disabled
  ssl_enforcement_enabled      = true
}

resource "azurerm_mysql_server" "wordpress" {
  name                         = "contoso-wp-mysql"
  location                     = azurerm_resource_group.web.location
  resource_group_name          = azurerm_resource_group.web.name
  sku_name                     = "B_Gen5_1"
  version                      = "8.0"
  administrator_login          = "wpadmin"
  administrator_login_password = var.mysql_password
  # ruleid: tf-azure-db-ssl-enforcement-disabled
  ssl_enforcement_enabled      = true
}

# ruleid: tf-azure-db-ssl-enforcement-disabled
resource "azurerm_postgresql_flexible_server_configuration" "no_tls" {
  name      = "require_secure_transport"
  server_id = azurerm_postgresql_flexible_server.app.id
  value     = "off"
}

resource "azurerm_mariadb_server" "crm" {
  name                         = "contoso-crm-mariadb"
  location                     = azurerm_resource_group.data.location
  resource_group_name          = azurerm_resource_group.data.name
  sku_name                     = "GP_Gen5_2"
  version                      = "10.3"
  administrator_login          = "crmadmin"
  administrator_login_password = var.mariadb_password
  # ok: tf-azure-db-ssl-enforcement-disabled
  ssl_enforcement_enabled      = true
}

# ok: tf-azure-db-ssl-enforcement-disabled
resource "azurerm_mysql_flexible_server_configuration" "tls_on" {
  name                = "require_secure_transport"
  resource_group_name = azurerm_resource_group.data.name
  server_name         = azurerm_mysql_flexible_server.app.name
  value               = "ON"
}

# ok: tf-azure-db-ssl-enforcement-disabled
resource "azurerm_postgresql_flexible_server_configuration" "logging" {
  name      = "log_connections"
  server_id = azurerm_postgresql_flexible_server.app.id
  value     = "off"
}

resource "azurerm_postgresql_server" "configurable" {
  name                         = var.name
  location                     = var.location
  resource_group_name          = var.resource_group_name
  sku_name                     = "GP_Gen5_2"
  version                      = "11"
  administrator_login          = "pgadmin"
  administrator_login_password = var.pg_password
  # ok: tf-azure-db-ssl-enforcement-disabled
  ssl_enforcement_enabled      = var.enforce_ssl
}
