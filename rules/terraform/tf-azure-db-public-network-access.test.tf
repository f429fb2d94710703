resource "azurerm_mssql_server" "orders" {
  name                          = "contoso-orders-sql"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  version                       = "12.0"
  administrator_login           = "ordersadmin"
  administrator_login_password  = var.sql_admin_password
  minimum_tls_version           = "1.2"
  # ruleid: tf-azure-db-public-network-access
  public_network_access_enabled = true
}

resource "azurerm_postgresql_flexible_server" "app" {
  name                          = "contoso-app-pg"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  # ruleid: tf-azure-db-public-network-access
  public_network_access_enabled = true

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
  }
}

resource "azurerm_mssql_server" "billing" {
  name                          = "contoso-billing-sql"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  # ok: tf-azure-db-public-network-access
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.sql_admins_group_id
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server" "configurable" {
  name                          = var.server_name
  resource_group_name           = var.resource_group_name
  location                      = var.location
  version                       = "12.0"
  administrator_login           = var.admin_login
  administrator_login_password  = var.admin_password
  # ok: tf-azure-db-public-network-access
  public_network_access_enabled = var.public_access
}

resource "azurerm_eventhub_namespace" "events" {
  name                          = "contoso-events"
  location                      = azurerm_resource_group.data.location
  resource_group_name           = azurerm_resource_group.data.name
  sku                           = "Standard"
  # ok: tf-azure-db-public-network-access
  public_network_access_enabled = true
}
